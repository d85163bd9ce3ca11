package pl.innowacje.katalog.system;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;

/**
 * Tomcat's error report for requests it refuses before the application sees them (a request line or header it cannot
 * parse): the same security headers as every other answer, and no stack trace or server version. Public because
 * Tomcat creates it by class name.
 */
public class ConnectorErrorReport extends ErrorReportValve {

    public ConnectorErrorReport() {
        setShowReport(false);
        setShowServerInfo(false);
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        if (!response.isCommitted()) {
            SecurityHeaders.apply(response);
        }
        super.report(request, response, throwable);
    }
}
