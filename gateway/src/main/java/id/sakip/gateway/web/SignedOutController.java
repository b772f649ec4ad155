package id.sakip.gateway.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** After signing out: a page that says so and offers to sign in again. */
@Controller
class SignedOutController {

    @GetMapping("/keluar")
    String signedOut() {
        return "keluar";
    }
}
