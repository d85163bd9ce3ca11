package pl.innowacje.katalog.admin;

import java.security.Principal;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The staff area: the login page, the start page after login, and user management for administrators. */
@Controller
class AdminController {

    /** What the new-user form sends; kept apart from the account itself. */
    record NewStaffForm(String username, String displayName, String password, Role role) {
    }

    private final StaffAccounts accounts;
    private final pl.innowacje.katalog.catalog.CatalogQueries catalog;

    AdminController(StaffAccounts accounts, pl.innowacje.katalog.catalog.CatalogQueries catalog) {
        this.accounts = accounts;
        this.catalog = catalog;
    }

    @GetMapping("/login")
    String login() {
        return "login";
    }

    @GetMapping("/admin")
    String home(Principal principal, Model model) {
        model.addAttribute("account", accounts.find(principal.getName()).orElseThrow());
        return "admin/home";
    }

    @GetMapping("/admin/uzytkownicy")
    String users(Model model) {
        java.util.List<StaffAccounts.Account> all = accounts.all();
        model.addAttribute("accounts", all);
        model.addAttribute("blocks", catalog.areas().stream().flatMap(a -> a.blocks().stream()).toList());
        java.util.Map<Long, java.util.List<String>> assigned = new java.util.HashMap<>();
        all.stream().filter(a -> a.role() == Role.COORDINATOR)
                .forEach(a -> assigned.put(a.id(), accounts.blockSlugsOf(a.id())));
        model.addAttribute("assigned", assigned);
        model.addAttribute("roles", Role.values());
        model.addAttribute("minPassword", StaffAccounts.MIN_PASSWORD);
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new NewStaffForm("", "", "", Role.EDITOR));
        }
        return "admin/users";
    }

    @PostMapping("/admin/uzytkownicy")
    String create(@ModelAttribute NewStaffForm form, Model model, RedirectAttributes redirect) {
        try {
            accounts.create(form.username(), form.displayName(), form.password(),
                    form.role() == null ? Role.EDITOR : form.role());
        } catch (pl.innowacje.katalog.system.Refusal e) {
            model.addAttribute("problem", e.key());
            model.addAttribute("form", new NewStaffForm(form.username(), form.displayName(), "", form.role()));
            return users(model);
        }
        redirect.addFlashAttribute("created", form.username());
        return "redirect:/admin/uzytkownicy";
    }

    @PostMapping("/admin/uzytkownicy/{id:\\d{1,18}}/bloki")
    String assignBlocks(@PathVariable long id, @RequestParam(name = "block", required = false)
            java.util.List<String> blocks) {
        accounts.assignBlocks(id, blocks == null ? java.util.List.of() : blocks);
        return "redirect:/admin/uzytkownicy";
    }

    @PostMapping("/admin/uzytkownicy/{id:\\d{1,18}}/rola")
    String changeRole(@PathVariable long id, @RequestParam Role role) {
        accounts.changeRole(id, role);
        return "redirect:/admin/uzytkownicy";
    }
}
