package pl.innowacje.katalog.stats;

import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The staff's statistics page: views and downloads per day over a chosen period, and the solutions most used. */
@Controller
class StatisticsController {

    /** The periods offered; any other number of days (up to a year) works in the address too. */
    static final List<Integer> PERIODS = List.of(7, 30, 90, 365);
    private static final int TOP = 10;

    private final Statistics statistics;

    StatisticsController(Statistics statistics) {
        this.statistics = statistics;
    }

    @GetMapping("/admin/statystyki")
    String page(@RequestParam(name = "dni", defaultValue = "30") int days, Model model) {
        Statistics.Period period = Statistics.Period.last(days);
        List<Statistics.Day> daily = statistics.daily(period);
        model.addAttribute("period", period);
        model.addAttribute("days", daily);
        model.addAttribute("periods", PERIODS);
        model.addAttribute("chosen", (int) (period.to().toEpochDay() - period.from().toEpochDay() + 1));
        model.addAttribute("views", Chart.of(daily, Statistics.Day::views));
        model.addAttribute("downloads", Chart.of(daily, Statistics.Day::downloads));
        model.addAttribute("mostViewed", statistics.mostViewed(period, TOP));
        model.addAttribute("mostDownloaded", statistics.mostDownloaded(period, TOP));
        return "admin/statistics";
    }
}
