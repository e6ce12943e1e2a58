package io.pactwatch.alert.tenant;

import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import org.springdoc.core.utils.SpringDocUtils;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.reactive.config.WebFluxConfigurer;
import org.springframework.web.reactive.result.method.annotation.ArgumentResolverConfigurer;

/** Registers the authentication of {@link Tenant} and {@link AdminAccess} parameters. */
@Configuration(proxyBeanMethods = false)
@SecurityScheme(name = Tenant.SECURITY_SCHEME, type = SecuritySchemeType.HTTP, scheme = "bearer",
		description = "A tenant's API key (pwk_...), or the operator's admin key for /api/admin/**")
class TenancyConfiguration implements WebFluxConfigurer {

	static {
		// resolved from the Authorization header, not request parameters
		SpringDocUtils.getConfig().addRequestWrapperToIgnore(Tenant.class, AdminAccess.class);
	}

	private final TenantRepository tenants;

	private final TenancyProperties properties;

	TenancyConfiguration(TenantRepository tenants, TenancyProperties properties) {
		this.tenants = tenants;
		this.properties = properties;
	}

	@Override
	public void configureArgumentResolvers(ArgumentResolverConfigurer configurer) {
		configurer.addCustomResolver(new TenantArgumentResolver(this.tenants, this.properties));
	}

}
