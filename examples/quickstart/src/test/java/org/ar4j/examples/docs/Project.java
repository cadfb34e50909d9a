package org.ar4j.examples.docs;

import org.ar4j.ActiveRecord;
import org.ar4j.Id;
import org.ar4j.Table;
import org.ar4j.TenantId;

/** The tenancy example: a project of one customer (tenant). */
// tag::model[]
@Table("projects")
public class Project extends ActiveRecord<Project> {
    @Id public Long id;
    @TenantId public String customer;      // whose row it is: set on insert, checked on every operation
    public String name;
}
// end::model[]
