/**
 * The quickstart: a tiny blog on ar4j. It compiles against ar-api only; which database it runs
 * on is decided at deploy time by the backend jar on the classpath and the URL.
 */
package org.ar4j.examples.quickstart;
