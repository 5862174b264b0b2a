package org.iamemulator.huawei.error;

import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

@Configuration(proxyBeanMethods = false)
class TomcatErrorConfiguration {

    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> jsonTomcatErrors() {
        return new OrderedCustomizer();
    }

    /** Runs after Spring Boot's own customizer so that its HTML error valve can be replaced. */
    private static final class OrderedCustomizer
            implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

        @Override
        public void customize(TomcatServletWebServerFactory factory) {
            // ids containing an encoded slash reach the controllers and get the usual invalid-parameter answer
            factory.addConnectorCustomizers(connector -> connector.setEncodedSolidusHandling("decode"));
            factory.addContextCustomizers(context -> {
                for (Valve valve : context.getParent().getPipeline().getValves()) {
                    if (valve instanceof ErrorReportValve) {
                        context.getParent().getPipeline().removeValve(valve);
                    }
                }
                if (context.getParent() instanceof StandardHost host) {
                    // the host installs this valve itself when it starts, in place of Tomcat's HTML one
                    host.setErrorReportValveClass(JsonErrorReportValve.class.getName());
                }
            });
        }

        @Override
        public int getOrder() {
            return Ordered.LOWEST_PRECEDENCE;
        }
    }
}
