/**
 * ar4j's metamodel processor: for each model {@code Foo} (a class extending {@code org.ar4j.ActiveRecord}) it
 * writes {@code Foo_} with a typed constant per mapped field and per relation constant. Add the
 * {@code org.ar4j:ar-processor} jar to the compiler's annotation processor path; it changes no bytecode.
 */
package org.ar4j.processor;
