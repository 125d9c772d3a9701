package org.dictum.search.rest;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.dictum.domain.account.Role;
import org.dictum.domain.account.TokenScope;
import org.dictum.search.security.CredentialKind;

/**
 * Who may call a REST method: at least {@code role}, with a credential of one of the given kinds
 * whose scopes include {@code scope}. A method without it is a public read; a write method
 * without it is refused to everyone ({@link EndpointAccess}). docs/ACCESS.md lists every rule.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Requires {

    Role role();

    TokenScope scope();

    CredentialKind[] credentials() default CredentialKind.TOKEN;
}
