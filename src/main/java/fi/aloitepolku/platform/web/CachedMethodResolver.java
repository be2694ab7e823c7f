package fi.aloitepolku.platform.web;

import jakarta.el.ELContext;
import jakarta.el.ELException;
import jakarta.el.ELResolver;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Calls the methods that page expressions name ({@code #{row.title()}}, {@code #{time.date(d)}}) through a
 * lookup kept per class. The standard bean resolver asks the class for all its public methods at every call,
 * and the JDK hands out a fresh copy of each: a staff table of 20 rows made some 30,000 method objects per
 * page, a third of everything the page allocated. Only the plain case is taken: exactly one public,
 * fixed-arity method of that name and number of arguments, reachable from here. Anything else (overloads,
 * variable arity, non-public classes) is left to the standard resolvers, so expressions mean what they
 * always meant.
 */
public class CachedMethodResolver extends ELResolver {

    private static final ClassValue<ConcurrentHashMap<String, Optional<Method>>> METHODS = new ClassValue<>() {
        @Override
        protected ConcurrentHashMap<String, Optional<Method>> computeValue(Class<?> type) {
            return new ConcurrentHashMap<>();
        }
    };

    @Override
    public Object invoke(ELContext context, Object base, Object method, Class<?>[] paramTypes, Object[] params) {
        if (base == null || method == null || base instanceof Class<?>) {
            return null;
        }
        int arity = params == null ? 0 : params.length;
        Method target = lookup(base.getClass(), method.toString(), arity).orElse(null);
        if (target == null || (paramTypes != null && !Arrays.equals(paramTypes, target.getParameterTypes()))) {
            return null;
        }
        Class<?>[] types = target.getParameterTypes();
        Object[] arguments = new Object[arity];
        for (int i = 0; i < arity; i++) {
            arguments[i] = context.convertToType(params[i], types[i]);
        }
        try {
            Object result = target.invoke(base, arguments);
            context.setPropertyResolved(base, method);
            return result;
        } catch (InvocationTargetException e) {
            throw new ELException(e.getCause());
        } catch (IllegalAccessException e) {
            return null;
        }
    }

    static Optional<Method> lookup(Class<?> type, String name, int arity) {
        return METHODS.get(type).computeIfAbsent(name + "/" + arity, key -> {
            Method[] candidates = Arrays.stream(type.getMethods())
                    .filter(m -> m.getName().equals(name) && m.getParameterCount() == arity).toArray(Method[]::new);
            if (candidates.length != 1 || candidates[0].isVarArgs() || !reachable(candidates[0])) {
                return Optional.empty();
            }
            return Optional.of(candidates[0]);
        });
    }

    private static boolean reachable(Method method) {
        Class<?> owner = method.getDeclaringClass();
        return Modifier.isPublic(owner.getModifiers()) && owner.getModule().isExported(owner.getPackageName());
    }

    // Method calls only: values, types and writes stay with the standard resolvers.

    @Override
    public Object getValue(ELContext context, Object base, Object property) {
        return null;
    }

    @Override
    public Class<?> getType(ELContext context, Object base, Object property) {
        return null;
    }

    @Override
    public void setValue(ELContext context, Object base, Object property, Object value) {
        // not ours
    }

    @Override
    public boolean isReadOnly(ELContext context, Object base, Object property) {
        return false;
    }

    @Override
    public Class<?> getCommonPropertyType(ELContext context, Object base) {
        return null;
    }
}
