package nl.beroepsregister.portal;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ejb.Singleton;
import jakarta.ejb.Stateless;
import jakarta.enterprise.context.NormalScope;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.Serializable;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import nl.beroepsregister.account.web.RegistryAuthentication;
import org.junit.jupiter.api.Test;

/**
 * The portal is distributable: with several instances, Payara copies every session to another instance, so
 * everything a session holds must be serializable — the signed-in person and every session- and view-scoped bean
 * with what its fields may hold (the views the boundaries return, and what those contain). A field of a type that
 * cannot be serialized fails only when a session is copied, in a log line; this finds it before.
 */
class SessionStateTest {

    @Test
    void everyBeanKeptInTheSessionCanBeCopiedToAnotherInstance() throws IOException {
        List<Class<?>> beans = portalClasses().stream()
                .filter(c -> c.isAnnotationPresent(ViewScoped.class) || c.isAnnotationPresent(SessionScoped.class))
                .toList();
        assertThat(beans).hasSizeGreaterThan(20);
        List<String> problems = new ArrayList<>();
        for (Class<?> bean : beans) {
            if (!Serializable.class.isAssignableFrom(bean)) {
                problems.add(bean.getName() + " is not Serializable");
            }
            check(bean, bean.getSimpleName(), problems, new HashSet<>());
        }
        check(RegistryAuthentication.SignedIn.class, "SignedIn", problems, new HashSet<>());
        assertThat(problems).isEmpty();
    }

    /** The fields (or record components) of a class of the register, each of a type that can be serialized. */
    private static void check(Class<?> type, String path, List<String> problems, Set<Type> seen) {
        if (!seen.add(type)) {
            return;
        }
        if (type.isRecord()) {
            for (RecordComponent component : type.getRecordComponents()) {
                checkType(component.getGenericType(), path + "." + component.getName(), problems, seen);
            }
            return;
        }
        // the fields of the register's classes; a framework's superclass (PrimeFaces' LazyDataModel) is its own affair
        for (Class<?> c = type; c != null && c.getName().startsWith("nl.beroepsregister."); c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                int modifiers = field.getModifiers();
                // injected beans are Weld's serializable proxies; Weld checks them when it deploys
                if (Modifier.isStatic(modifiers) || Modifier.isTransient(modifiers) || field.isSynthetic()
                        || field.isAnnotationPresent(Inject.class)) {
                    continue;
                }
                checkType(field.getGenericType(), path + "." + field.getName(), problems, seen);
            }
        }
    }

    private static void checkType(Type type, String path, List<String> problems, Set<Type> seen) {
        if (type instanceof ParameterizedType parameterized) {
            checkType(parameterized.getRawType(), path, problems, seen);
            for (Type argument : parameterized.getActualTypeArguments()) {
                checkType(argument, path + "<>", problems, seen);
            }
        } else if (type instanceof GenericArrayType array) {
            checkType(array.getGenericComponentType(), path + "[]", problems, seen);
        } else if (type instanceof WildcardType wildcard) {
            for (Type bound : wildcard.getUpperBounds()) {
                checkType(bound, path, problems, seen);
            }
        } else if (type instanceof TypeVariable<?> variable) {
            for (Type bound : variable.getBounds()) {
                checkType(bound, path, problems, seen);
            }
        } else if (type instanceof Class<?> c) {
            if (c.isPrimitive() || c.isEnum() || c == Object.class) {
                return;
            }
            if (c.isArray()) {
                checkType(c.getComponentType(), path + "[]", problems, seen);
            } else if (c == List.class || c == Set.class || c == Map.class || c == Collection.class) {
                return;  // the collections the register builds are serializable; their elements are checked
            } else if (containerProxy(c)) {
                return;  // a boundary handed on from an injected field (a lazy table's model): the container's proxy
            } else if (!Serializable.class.isAssignableFrom(c)) {
                problems.add(path + " is a " + c.getName() + ", which is not Serializable");
            } else if (c.getName().startsWith("nl.beroepsregister.")) {
                check(c, path, problems, seen);
            }
        }
    }

    /** An EJB or a normal-scoped CDI bean: a reference to it is the container's proxy, which serializes. */
    private static boolean containerProxy(Class<?> c) {
        return c.isAnnotationPresent(Stateless.class) || c.isAnnotationPresent(Singleton.class)
                || Stream.of(c.getAnnotations()).anyMatch(a -> a.annotationType().isAnnotationPresent(NormalScope.class));
    }

    private static List<Class<?>> portalClasses() throws IOException {
        Path classes = Path.of(SessionStateTest.class.getProtectionDomain().getCodeSource().getLocation().getPath())
                .resolveSibling("classes");
        try (Stream<Path> files = Files.walk(classes)) {
            return files.filter(f -> f.toString().endsWith(".class") && !f.getFileName().toString().contains("$"))
                    .map(f -> classes.relativize(f).toString().replace('/', '.').replaceAll("\\.class$", ""))
                    .map(SessionStateTest::load)
                    .toList();
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, SessionStateTest.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
