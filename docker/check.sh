#!/usr/bin/env bash
# Checks what can be checked of docker/ without a Docker engine:
#   1. the compose file, by docker-compose's own validation against the Compose schema (docker-compose config);
#   2. the nginx configuration, by nginx itself (nginx -t), with the nodes' names pointed at this machine;
#   3. the image's start: the jar is built and split into layers as the Dockerfile does, and started as its
#      ENTRYPOINT starts it, from the layers, until its readiness probe is UP.
# Needs: apt-get install docker-compose nginx (Debian); Java 17. Run from anywhere: docker/check.sh
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d)
trap 'kill "${pid:-0}" 2>/dev/null || true; rm -rf "$work"' EXIT

echo "1. compose file"
MYSQL_PASSWORD=x MYSQL_ROOT_PASSWORD=y docker-compose -f docker/compose.yml config -q
echo "   valid"

echo "2. nginx configuration"
mkdir -p "$work/nginx/conf.d" "$work/nginx/logs"
sed -e 's/server node-a:8080/server 127.0.0.1:18081/' -e 's/server node-b:8080/server 127.0.0.1:18082/' \
  docker/nginx/portal.conf > "$work/nginx/conf.d/portal.conf"
cat > "$work/nginx/nginx.conf" <<CONF
pid $work/nginx/nginx.pid;
error_log $work/nginx/logs/error.log;
events {}
http { access_log off; include $work/nginx/conf.d/*.conf; }
CONF
nginx -t -p "$work/nginx" -c "$work/nginx/nginx.conf"

echo "3. the image's start command, from the layered jar"
./mvnw -B -q -DskipTests package
jar=$(ls target/katalog-innowacji-*.jar | head -1)
java -Djarmode=tools -jar "$jar" extract --layers --application-filename app.jar --destination "$work/layers"
mkdir -p "$work/app"
for layer in dependencies spring-boot-loader snapshot-dependencies application; do
  cp -r "$work/layers/$layer/." "$work/app/"
done
cp -r content "$work/app/content"
port=18090
# exec all the way down, so that $! is the JVM itself and the trap stops it (a subshell's pid would leave it running).
(cd "$work/app" && PORTAL_DATA_DIR="$work/data" PORTAL_CONTENT_DIR="$work/app/content" JAVA_HEAP_PERCENT=50 \
  exec sh -c 'exec java -XX:MaxRAMPercentage=${JAVA_HEAP_PERCENT} -jar app.jar "$@"' -- --server.port=$port \
  > "$work/portal.log" 2>&1) &
pid=$!
for _ in $(seq 1 180); do
  if curl -fsS "http://localhost:$port/actuator/health/readiness" >/dev/null 2>&1; then
    echo "   ready: $(curl -s "http://localhost:$port/actuator/health/readiness")"
    echo "all checks passed"
    exit 0
  fi
  sleep 1
done
echo "the portal did not become ready; its log:" >&2
tail -50 "$work/portal.log" >&2
exit 1
