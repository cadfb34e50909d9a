/**
 * The ar4j TCK: the scenarios every backend must pass. A backend runs all of them with one
 * class that implements {@link org.ar4j.tck.TckBackend} and is a JUnit Platform suite:
 *
 * <pre>{@code
 * @Suite
 * @SelectPackages("org.ar4j.tck.scenarios")
 * @ConfigurationParameter(key = TckBackend.PARAMETER, value = "com.example.MyDialectTckTest")
 * public class MyDialectTckTest implements TckBackend {
 *     public String url() { return "jdbc:mydb://localhost/test"; }
 * }
 * }</pre>
 */
package org.ar4j.tck;
