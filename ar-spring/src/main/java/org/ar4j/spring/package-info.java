/**
 * Spring Boot auto-configuration for ar4j ({@link org.ar4j.spring.Ar4jAutoConfiguration}) and Spring's
 * transactions as ar4j's host transactions ({@link org.ar4j.spring.SpringHostTransactions}).
 */
package org.ar4j.spring;
