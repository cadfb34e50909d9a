package org.ar4j.spring;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

import org.ar4j.AuditorResolver;

/** The name of Spring Security's current authentication as the auditor; nobody when unauthenticated or anonymous. */
final class SecurityAuditor implements AuditorResolver {

    @Override
    public Object currentAuditor() {
        Authentication a = SecurityContextHolder.getContext().getAuthentication();
        if (a == null || !a.isAuthenticated() || a instanceof AnonymousAuthenticationToken) {
            return null;
        }
        return a.getName();
    }
}
