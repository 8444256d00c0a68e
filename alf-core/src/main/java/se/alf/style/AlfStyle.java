package se.alf.style;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of the project, applied in each value package's {@code package-info}.
 *
 * <p>Each value type is a public interface with a nested {@code Builder} that extends the generated
 * one; the generated {@code Immutable*} classes are package-private, {@code build()} and the
 * {@code with*} copies return the public type, and {@code @Value.Check} methods validate at
 * construction. Only {@code @Override} is copied from the class path so that generated code never
 * refers to an annotation module the library does not read (see the README, "Building"). A value
 * type that declares {@code default String toDisplayString()} prints that as its {@code toString()}
 * (an interface cannot override {@code toString} itself), e.g. a short summary line for jshell
 * instead of a dump of every attribute.
 *
 * <p>This annotation is exported only to the library's own modules: it is not API.
 *
 * <p>An annotation for alf's own value types; internal.
 *
 * @since 0.1
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    builderVisibility = Value.Style.BuilderVisibility.PACKAGE,
    allowedClasspathAnnotations = {Override.class},
    defaults = @Value.Immutable(copy = true),
    depluralize = true,
    underrideToString = "toDisplayString")
public @interface AlfStyle {}
