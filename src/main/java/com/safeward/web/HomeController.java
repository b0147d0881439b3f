package com.safeward.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The start page after login: the user's workspaces, as the navigation for their role lists them. Any signed-in user. */
@Controller
class HomeController {

    @GetMapping("/")
    String home() {
        return "home";
    }
}
