/**
 * What every read and write goes through: the {@link org.ar4j.core.internal.session.Session} a
 * database offers, records' state and peers, the transaction rules, and the guarded backend that
 * checks every statement. Depends on {@code meta} only.
 */
package org.ar4j.core.internal.session;
