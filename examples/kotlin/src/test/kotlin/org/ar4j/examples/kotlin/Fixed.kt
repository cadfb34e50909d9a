package org.ar4j.examples.kotlin

import org.ar4j.ActiveRecord
import org.ar4j.Id
import org.ar4j.Table

/** A model with a `val` id: ar4j cannot set a final field, and says so (in main sources the
 * metamodel processor already refuses it at compile time, with the same message). */
@Table("kt_fixed")
class Fixed(@Id val id: Long? = null) : ActiveRecord<Fixed>()
