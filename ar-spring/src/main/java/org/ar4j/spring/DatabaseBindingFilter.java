package org.ar4j.spring;

import java.io.IOException;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;

import org.ar4j.Database;

/**
 * Binds the context's {@link Database} to the request thread while a web request runs, so model statics in
 * controllers and services use this context's database. Registered by {@link Ar4jAutoConfiguration} as a servlet
 * filter bean.
 */
public final class DatabaseBindingFilter implements Filter {
    private final Database db;

    /** A filter binding {@code db}. */
    public DatabaseBindingFilter(Database db) {
        this.db = db;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Database.Binding binding = db.bindToThread();
        try {
            chain.doFilter(request, response);
        } finally {
            binding.close();
        }
    }
}
