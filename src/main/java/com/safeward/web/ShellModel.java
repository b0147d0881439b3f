package com.safeward.web;

import java.util.Comparator;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;

/** Adds what the page layout needs to every rendered page: navigation for the user's roles, the user. */
@Component
class ShellModel implements HandlerInterceptor {

    private final ObjectProvider<NavigationItem> items;
    private final ObjectProvider<UnreadNotifications> unread;
    private final AccessRules access;

    ShellModel(ObjectProvider<NavigationItem> items, ObjectProvider<UnreadNotifications> unread, AccessRules access) {
        this.items = items;
        this.unread = unread;
        this.access = access;
    }

    /** The one menu entry of this page: the longest entry path the page's path starts with ("/" only for the home). */
    static String activeEntry(List<NavigationItem> nav, String path) {
        return nav.stream().map(NavigationItem::path)
                .filter(p -> p.equals(path) || (!p.equals("/") && path.startsWith(p.endsWith("/") ? p : p + "/")))
                .max(Comparator.comparingInt(String::length)).orElse(null);
    }

    @Override
    public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
            ModelAndView mav) {
        if (mav == null || (mav.getViewName() != null && mav.getViewName().startsWith("redirect:"))) {
            return;
        }
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        List<NavigationItem> nav = items.orderedStream()
                .filter(item -> access.allows(item.access()))
                .sorted(Comparator.comparingInt(NavigationItem::order))
                .toList();
        mav.addObject("nav", nav);
        String path = request.getRequestURI().substring(request.getContextPath().length());
        mav.addObject("currentPath", path);
        mav.addObject("activeNavPath", activeEntry(nav, path));
        mav.addObject("links", new PageLinks(path, request.getQueryString()));
        if (auth != null && auth.isAuthenticated() && !"anonymousUser".equals(auth.getPrincipal())) {
            mav.addObject("currentUser", auth.getPrincipal());
            UnreadNotifications notifications = unread.getIfAvailable();
            mav.addObject("unreadNotifications", notifications == null ? 0 : notifications.unreadFor(auth.getName()));
        }
    }
}
