package app.digitpad;

import java.lang.reflect.Field;

/** A JVM that prints a line of JSON and then dies of a fatal error, as a command did inside ND4J. */
final class CrashingChild {

    private CrashingChild() {
    }

    public static void main(String[] args) throws Exception {
        System.out.println("{\"read\":\"7\"}");
        System.out.flush();
        Field field = Class.forName("sun.misc.Unsafe").getDeclaredField("theUnsafe");
        field.setAccessible(true);
        sun.misc.Unsafe unsafe = (sun.misc.Unsafe) field.get(null);
        unsafe.putAddress(0L, 0L);
    }
}
