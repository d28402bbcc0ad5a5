package dev.fenghuang.build;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiFunction;
import java.util.function.DoubleSupplier;
import java.util.function.Function;
import java.util.function.IntBinaryOperator;
import java.util.function.IntFunction;
import java.util.function.LongSupplier;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.function.ToIntFunction;
import java.util.function.ToLongFunction;

/**
 * Lambdas and method references of every kind {@link LambdaClasses} rewrites, and one it leaves (a serializable
 * lambda), for LambdaClassesIT: the IT runs {@link #results} from these classes as compiled and as the step rewrote
 * them, and compares. Loaded in a class loader of their own, so they use the JDK only.
 */
public final class LambdaFixtures {
    private final String name;

    private LambdaFixtures(String name) {
        this.name = name;
    }

    /** What each function gives, one line a case. */
    public static List<String> results() {
        List<String> out = new ArrayList<>();
        Cases c = new Cases();
        out.add("static: " + c.parse.apply("42"));
        out.add("bound receiver: " + c.trimmed.get());
        out.add("interface: " + c.size.apply(List.of("a", "b", "c")));
        out.add("private body with this: " + c.greeter.apply("you"));
        out.add("constructor: " + c.builder.apply("sb").append('!'));
        out.add("constructor, none: " + c.newList.get().size());
        out.add("array constructor: " + c.newArray.apply(3).length);
        out.add("exact primitives: " + c.add.applyAsInt(40, 2));
        out.add("unbox receiver, widen result: " + c.widened.applyAsLong(7));
        out.add("widen int result to long: " + c.count.getAsLong());
        out.add("unbox and widen argument: " + c.longOf.apply(5));
        out.add("char unboxed and widened: " + c.code.applyAsInt('A'));
        out.add("widen before boxing: " + c.boxedLong.apply(9));
        out.add("box to a supertype: " + c.describe.apply(3));
        out.add("box to the box: " + c.describeBoxed.apply(4));
        out.add("boolean result: " + c.empty.test("") + " " + c.empty.test("x"));
        out.add("boolean boxed: " + c.emptyBoxed.get());
        out.add("erased generic parameters: " + c.charAt.apply("hello", 1));
        out.add("comparator: " + Integer.signum(c.order.compare("a", "b")));
        c.addName.accept("z");
        c.tick.run();
        c.tickLong.run();
        c.tickLong.run();
        out.add("void results: " + c.names + " " + c.ticks + " " + c.longTicks);
        out.add("nested, private in the top level: " + new Inner().secretRef().get() + " "
                + new Inner().secretLambda().get());
        out.add("interface host: " + ((Greeting) () -> "it").hello().get());
        out.add("two-slot captures: " + c.twoSlots.getAsLong() + " " + c.twoSlotsDouble.getAsDouble());
        out.add("serializable: " + c.serializable.get());
        out.add("same instance: " + (noCapture() == noCapture()));
        try {
            c.castFails.apply(12);
            out.add("no ClassCastException");
        } catch (ClassCastException expected) {
            out.add("ClassCastException from the instantiated type");
        }
        return out;
    }

    /** Every function object of the cases, to check what class each is. */
    public static List<Object> functions() {
        Cases c = new Cases();
        return List.of(c.parse, c.trimmed, c.size, c.greeter, c.builder, c.newList, c.newArray, c.add, c.widened,
                c.count, c.longOf, c.code, c.boxedLong, c.describe, c.describeBoxed, c.empty, c.emptyBoxed, c.charAt,
                c.order, c.addName, c.tick, c.tickLong, new Inner().secretRef(), new Inner().secretLambda(),
                ((Greeting) () -> "it").hello(), c.twoSlots, c.twoSlotsDouble, noCapture());
    }

    /** The serializable lambda, which the step leaves to altMetafactory. */
    public static Object serializable() {
        return new Cases().serializable;
    }

    private static Supplier<String> noCapture() {
        return () -> "none";
    }

    private Function<String, String> greeter() {
        return s -> "hello " + s + " from " + name;
    }

    private static String secret() {
        return "secret";
    }

    private static int codeOf(int c) {
        return c + 1000;
    }

    private static String describe(Number n) {
        return "number " + n;
    }

    private static String describeBoxed(Integer i) {
        return "integer " + i;
    }

    private static int three() {
        return 3;
    }

    private static String cast(String s) {
        return s;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static final class Cases {
        final List<String> names = new ArrayList<>();
        final AtomicInteger ticks = new AtomicInteger();
        final AtomicLong longTicks = new AtomicLong();
        final Function<String, Integer> parse = Integer::parseInt;
        final Supplier<String> trimmed = "  padded  "::trim;
        final Function<List<String>, Integer> size = List::size;
        final Function<String, String> greeter = new LambdaFixtures("fixtures").greeter();
        final Function<String, StringBuilder> builder = StringBuilder::new;
        final Supplier<ArrayList<String>> newList = ArrayList::new;
        final IntFunction<int[]> newArray = int[]::new;
        final IntBinaryOperator add = Math::addExact;
        final ToLongFunction<Integer> widened = Integer::intValue;
        final LongSupplier count = LambdaFixtures::three;
        final Function<Integer, Long> longOf = Long::valueOf;
        final ToIntFunction<Character> code = LambdaFixtures::codeOf;
        final IntFunction<Long> boxedLong = Long::valueOf;
        final IntFunction<String> describe = LambdaFixtures::describe;
        final IntFunction<String> describeBoxed = LambdaFixtures::describeBoxed;
        final Predicate<String> empty = String::isEmpty;
        final Supplier<Boolean> emptyBoxed = ""::isEmpty;
        final BiFunction<String, Integer, Character> charAt = String::charAt;
        final Comparator<String> order = String::compareTo;
        final java.util.function.Consumer<String> addName = names::add;
        final Runnable tick = ticks::incrementAndGet;
        final Runnable tickLong = longTicks::incrementAndGet;
        final LongSupplier twoSlots = twoSlots(1L << 40, 0.5);
        final DoubleSupplier twoSlotsDouble = twoSlotsDouble(2.25, 3L);
        final Supplier<String> serializable = (Supplier<String> & Serializable) () -> "kept";
        final Function castFails = (Function<String, String>) LambdaFixtures::cast;

        private static LongSupplier twoSlots(long l, double d) {
            return () -> l + (long) d + 1;
        }

        private static DoubleSupplier twoSlotsDouble(double d, long l) {
            return () -> d * l;
        }
    }

    /** A nested class whose lambdas call a private method of the top-level class. */
    private static final class Inner {
        Supplier<String> secretRef() {
            return LambdaFixtures::secret;
        }

        Supplier<String> secretLambda() {
            return () -> secret() + " again";
        }
    }

    /** An interface whose lambda body is a private method of the interface. */
    private interface Greeting {
        String name();

        default Supplier<String> hello() {
            return () -> "hi " + name();
        }
    }
}
