package org.dictum.search.rest;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A write whose body may be left out: one that takes no input, such as an action on a job, or one whose input may
 * all come as headers, such as a curation step (If-Match, X-Dictum-Reason) or a freeze (If-Match). It may be sent
 * without a body (and then without a Content-Type) as well as with the JSON it has always accepted.
 * {@link RequiredBody} refuses a missing body on every other write.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface BodyOptional {
}
