package org.iamemulator.core.catalog;

import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import org.iamemulator.core.error.InvalidInputException;
import org.iamemulator.core.error.NotFoundException;
import org.iamemulator.core.paging.Page;
import org.iamemulator.core.paging.PageRequest;
import org.iamemulator.core.paging.SortedSlice;
import org.springframework.stereotype.Service;

/**
 * The read-only reference data of the catalog operations, which need no permission (as documented for
 * GetAuthorizationSchemaV5 and ListServicePrincipalsV5; a choice for ListRegisteredServicesForAuthSchemaV5).
 */
@Service
public class CatalogService {

    private static final Pattern SERVICE_CODE = Pattern.compile("[A-Za-z0-9-]{1,56}");

    /** A fixed list: the emulator runs no cloud services, these are the principals agencies commonly trust. */
    private static final List<ServicePrincipal> SERVICE_PRINCIPALS = List.of(
            principal(
                    "service.APIG",
                    "Middleware",
                    "中间件",
                    "API Gateway",
                    "API网关",
                    "Publishes and manages APIs.",
                    "发布和管理API。"),
            principal(
                    "service.CCE",
                    "Containers",
                    "容器",
                    "Cloud Container Engine",
                    "云容器引擎",
                    "Runs Kubernetes clusters.",
                    "运行Kubernetes集群。"),
            principal(
                    "service.CTS",
                    "Management & Governance",
                    "管理与监管",
                    "Cloud Trace Service",
                    "云审计服务",
                    "Records the operations on cloud resources.",
                    "记录云资源的操作。"),
            principal(
                    "service.ECS",
                    "Compute",
                    "计算",
                    "Elastic Cloud Server",
                    "弹性云服务器",
                    "Provides virtual machines.",
                    "提供虚拟机。"),
            principal(
                    "service.EVS",
                    "Storage",
                    "存储",
                    "Elastic Volume Service",
                    "云硬盘",
                    "Provides block storage for servers.",
                    "为服务器提供块存储。"),
            principal(
                    "service.FunctionGraph",
                    "Compute",
                    "计算",
                    "FunctionGraph",
                    "函数工作流",
                    "Runs functions on events.",
                    "按事件运行函数。"),
            principal(
                    "service.KMS",
                    "Security & Compliance",
                    "安全与合规",
                    "Key Management Service",
                    "密钥管理服务",
                    "Creates and manages encryption keys.",
                    "创建和管理加密密钥。"),
            principal(
                    "service.LTS",
                    "Management & Governance",
                    "管理与监管",
                    "Log Tank Service",
                    "云日志服务",
                    "Collects and stores logs.",
                    "采集和存储日志。"),
            principal(
                    "service.OBS",
                    "Storage",
                    "存储",
                    "Object Storage Service",
                    "对象存储服务",
                    "Stores objects in buckets.",
                    "在桶中存储对象。"),
            principal(
                    "service.RDS",
                    "Databases",
                    "数据库",
                    "Relational Database Service",
                    "云数据库RDS",
                    "Runs managed relational databases.",
                    "运行托管的关系型数据库。"),
            principal(
                    "service.SMN",
                    "Application",
                    "应用服务",
                    "Simple Message Notification",
                    "消息通知服务",
                    "Sends notifications to subscribers.",
                    "向订阅者发送通知。"),
            principal(
                    "service.VPC",
                    "Networking",
                    "网络",
                    "Virtual Private Cloud",
                    "虚拟私有云",
                    "Provides isolated virtual networks.",
                    "提供隔离的虚拟网络。"));

    /** The service's schema; a code that is well formed but not catalogued is not found. */
    public ServiceCatalog schema(String serviceCode) {
        if (serviceCode == null || !SERVICE_CODE.matcher(serviceCode).matches()) {
            throw InvalidInputException.parameter("service_code", "1 to 56 letters, digits or -");
        }
        return AuthorizationCatalog.service(serviceCode)
                .orElseThrow(() -> new NotFoundException("service", serviceCode));
    }

    public Page<String> registeredServices(PageRequest page) {
        return SortedSlice.page(
                AuthorizationCatalog.serviceCodes().stream().sorted().toList(),
                page,
                code -> code,
                Comparator.naturalOrder());
    }

    public Page<ServicePrincipal> servicePrincipals(PageRequest page) {
        return SortedSlice.page(SERVICE_PRINCIPALS, page, ServicePrincipal::principal, Comparator.naturalOrder());
    }

    private static ServicePrincipal principal(
            String principal,
            String catalogEn,
            String catalogZh,
            String nameEn,
            String nameZh,
            String descriptionEn,
            String descriptionZh) {
        return new ServicePrincipal(
                principal,
                new Text(catalogEn, catalogZh),
                new Text(nameEn, nameZh),
                new Text(descriptionEn, descriptionZh));
    }
}
