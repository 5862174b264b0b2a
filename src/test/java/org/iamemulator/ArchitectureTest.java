package org.iamemulator;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.springframework.data.repository.Repository;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RestController;

/** The layering of docs/architecture.md, kept by the build: dialects -> core -> policy engine -> persistence. */
@AnalyzeClasses(packages = "org.iamemulator", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String[] DIALECTS = {
        "org.iamemulator.huawei..", "org.iamemulator.aliyun..", "org.iamemulator.ctyun.."
    };

    @ArchTest
    static final ArchRule theEngineIsPlainJava = noClasses()
            .that()
            .resideInAPackage("org.iamemulator.policyengine..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("org.springframework..", "jakarta..", "org.hibernate..")
            .because("the policy engine is plain Java, usable and testable without Spring or JPA");

    @ArchTest
    static final ArchRule coreKnowsNoDialectNorWeb = noClasses()
            .that()
            .resideInAPackage("org.iamemulator.core..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(DIALECTS)
            .orShould()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "org.iamemulator.web..",
                    "org.iamemulator.control..",
                    "jakarta.servlet..",
                    "org.springframework.web..")
            .because("core operations are the same for every dialect");

    @ArchTest
    static final ArchRule dialectsDoNotKnowEachOther = slices().matching("org.iamemulator.(huawei|aliyun|ctyun)..")
            .should()
            .notDependOnEachOther();

    @ArchTest
    static final ArchRule controlKnowsNoDialect = noClasses()
            .that()
            .resideInAPackage("org.iamemulator.control..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(DIALECTS);

    @ArchTest
    static final ArchRule controllersUseServicesNotRepositories = noClasses()
            .that()
            .areAnnotatedWith(RestController.class)
            .or()
            .areAnnotatedWith(Controller.class)
            .should()
            .dependOnClassesThat()
            .areAssignableTo(Repository.class)
            .because("controllers parse, call one core service and render");

    @ArchTest
    static final ArchRule dialectsLeaveAuthorizationToCore = noClasses()
            .that()
            .resideInAnyPackage(DIALECTS)
            .should()
            .dependOnClassesThat()
            .haveFullyQualifiedName("org.iamemulator.core.authz.PermissionCheck")
            .orShould()
            .dependOnClassesThat()
            .haveFullyQualifiedName("org.iamemulator.core.user.UserAccess")
            .orShould()
            .dependOnClassesThat()
            .haveFullyQualifiedName("org.iamemulator.core.login.LoginHistory")
            .because("the permission check and the store belong to the core service of each operation");

    @ArchTest
    static final ArchRule repositoriesStayInCore =
            classes().that().areAssignableTo(Repository.class).should().resideInAPackage("org.iamemulator.core..");

    @ArchTest
    static final ArchRule noTestFrameworkInTheEmulator = noClasses()
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("org.junit..", "org.assertj..", "org.mockito..")
            .because("JUnit belongs to the JUnit artifact (junit5/) and the tests");
}
