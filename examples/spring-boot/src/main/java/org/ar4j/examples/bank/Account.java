package org.ar4j.examples.bank;

import org.ar4j.ActiveRecord;
import org.ar4j.Column;
import org.ar4j.Errors;
import org.ar4j.Id;
import org.ar4j.Table;
import org.ar4j.query.Query;

/** A bank account: an ar4j model. */
@Table("bank_accounts")
public class Account extends ActiveRecord<Account> {
    @Id public Long id;
    @Column(unique = true) public String owner;
    public long balance;

    public Account() {
    }

    public Account(String owner, long balance) {
        this.owner = owner;
        this.balance = balance;
    }

    public static Query<Account> query() {
        return query(Account.class);
    }

    public static Account of(String owner) {
        return query().where("owner", owner).one();
    }

    @Override
    protected void validate(Errors errors) {
        if (balance < 0) {
            errors.add("balance", "must not be negative");
        }
    }
}
