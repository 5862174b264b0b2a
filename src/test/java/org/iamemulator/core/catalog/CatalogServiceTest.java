package org.iamemulator.core.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.iamemulator.core.error.InvalidInputException;
import org.iamemulator.core.error.NotFoundException;
import org.iamemulator.core.paging.Page;
import org.iamemulator.core.paging.PageRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** The catalog operations' rules: the service code's shape, not found, and the lists in pages by their keys. */
class CatalogServiceTest {

    private final CatalogService service = new CatalogService();

    @Test
    void answersTheSchemaOfACataloguedService() {
        ServiceCatalog iam = service.schema("iam");

        assertThat(iam.code()).isEqualTo("iam");
        assertThat(iam.version()).isEqualTo(AuthorizationCatalog.VERSION);
        assertThat(iam.actions()).extracting(CatalogAction::name).contains("iam:users:createUserV5");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"has space", "under_score", "x12345678901234567890123456789012345678901234567890123456"})
    void refusesACodeOutsideTheRule(String code) {
        assertThatThrownBy(() -> service.schema(code)).isInstanceOfSatisfying(InvalidInputException.class, error -> {
            assertThat(error.field()).isEqualTo("service_code");
            assertThat(error.source()).isEqualTo(InvalidInputException.Source.PARAMETER);
        });
    }

    @Test
    void aWellFormedCodeThatIsNotCataloguedIsNotFound() {
        String longest = "x".repeat(56);

        assertThatThrownBy(() -> service.schema(longest)).isInstanceOfSatisfying(NotFoundException.class, error -> {
            assertThat(error.entityType()).isEqualTo("service");
            assertThat(error.entityId()).isEqualTo(longest);
        });
        assertThatThrownBy(() -> service.schema("IAM")).isInstanceOf(NotFoundException.class);
    }

    @Test
    void listsEveryCataloguedServiceByCodeInPages() {
        List<String> listed = all(service::registeredServices);

        assertThat(listed)
                .isSorted()
                .containsExactlyInAnyOrderElementsOf(AuthorizationCatalog.serviceCodes())
                .contains("iam", "sts");
    }

    @Test
    void listsTheServicePrincipalsByPrincipalInPagesInBothLanguages() {
        List<ServicePrincipal> listed = all(service::servicePrincipals);

        assertThat(listed).extracting(ServicePrincipal::principal).isSorted().doesNotHaveDuplicates();
        assertThat(listed).hasSize(12).allSatisfy(principal -> {
            assertThat(principal.principal()).matches("service\\.[A-Za-z]+");
            assertThat(List.of(principal.catalog(), principal.displayName(), principal.description()))
                    .allSatisfy(text -> {
                        assertThat(text.enUs()).isNotBlank();
                        assertThat(text.zhCn()).isNotBlank();
                    });
        });
        assertThat(listed)
                .filteredOn(principal -> principal.principal().equals("service.APIG"))
                .singleElement()
                .satisfies(apig -> assertThat(apig.displayName()).isEqualTo(new Text("API Gateway", "API网关")));
    }

    @Test
    void theFirstPageHoldsTheLimitAndAMarkerToTheRest() {
        Page<ServicePrincipal> first = service.servicePrincipals(PageRequest.of(5, null));

        assertThat(first.items())
                .extracting(ServicePrincipal::principal)
                .first()
                .isEqualTo("service.APIG");
        assertThat(first.items()).hasSize(5);
        assertThat(first.nextMarker())
                .isEqualTo(PageRequest.markerAfter(first.items().get(4).principal()));
    }

    /** Every item, fetched two at a time so that the markers are followed. */
    private static <T> List<T> all(Function<PageRequest, Page<T>> list) {
        List<T> items = new ArrayList<>();
        Page<T> page = list.apply(PageRequest.of(2, null));
        items.addAll(page.items());
        while (page.nextMarker() != null) {
            page = list.apply(PageRequest.of(2, page.nextMarker()));
            items.addAll(page.items());
        }
        return items;
    }
}
