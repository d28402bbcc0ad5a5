package dev.fenghuang;

import java.security.Provider;

/**
 * Run in a JVM of its own on the built jar ({@link BouncyCastleInJarIT}): makes the Bouncy Castle provider as MINA SSHD
 * does and loads the class of every service it offers. Prints one line per class that cannot be loaded, then the count
 * of services and of failures.
 */
public final class BouncyCastleServices {
    private BouncyCastleServices() {
    }

    public static void main(String[] args) throws ReflectiveOperationException {
        Provider provider = (Provider) Class.forName("org.bouncycastle.jce.provider.BouncyCastleProvider")
                .getConstructor().newInstance();
        int services = 0;
        int missing = 0;
        for (Provider.Service service : provider.getServices()) {
            services++;
            try {
                Class.forName(service.getClassName());
            } catch (ClassNotFoundException | LinkageError e) {
                missing++;
                System.out.println("missing " + service.getType() + "." + service.getAlgorithm() + ": " + e);
            }
        }
        System.out.println(services + " services, " + missing + " missing");
    }
}
