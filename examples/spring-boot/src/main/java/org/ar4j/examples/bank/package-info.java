/** A Spring Boot service on ar4j: {@link org.ar4j.examples.bank.BankApplication}. */
package org.ar4j.examples.bank;
