package org.ar4j.spring;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationFailedEvent;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.event.ContextClosedEvent;

import org.ar4j.Database;

/**
 * Binds the context's Database to the thread that starts the context, from the moment its singletons are created
 * until the application is ready (or failed, or closed): {@code ApplicationRunner}s, {@code CommandLineRunner}s and
 * other start-up code that use model statics then use this context's database, also while another context is open in
 * the same JVM (where, unbound, they would be refused rather than guess).
 */
final class StartupBinding implements ApplicationListener<ApplicationEvent>, DisposableBean {
    private final Thread starter = Thread.currentThread();
    private Database.Binding binding;

    StartupBinding(Database db) {
        this.binding = db.bindToThread();
    }

    @Override
    public void onApplicationEvent(ApplicationEvent event) {
        if (event instanceof ApplicationReadyEvent || event instanceof ApplicationFailedEvent
                || event instanceof ContextClosedEvent) {
            end();
        }
    }

    /** A start-up that failed destroys the beans without a ready event: the binding ends with them. */
    @Override
    public void destroy() {
        end();
    }

    private synchronized void end() {
        if (binding != null && Thread.currentThread() == starter) {
            binding.close();
            binding = null;
        }
    }
}
