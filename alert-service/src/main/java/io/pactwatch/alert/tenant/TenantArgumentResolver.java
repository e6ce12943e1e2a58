package io.pactwatch.alert.tenant;

import io.pactwatch.alert.web.Blocking;
import io.pactwatch.alert.web.ForbiddenException;
import io.pactwatch.alert.web.UnauthorizedException;
import reactor.core.publisher.Mono;

import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.web.reactive.BindingContext;
import org.springframework.web.reactive.result.method.HandlerMethodArgumentResolver;
import org.springframework.web.server.ServerWebExchange;

/**
 * Authenticates the requests of controller methods that take a {@link Tenant} (an API key of
 * that tenant) or {@link AdminAccess} (the admin key), from {@code Authorization: Bearer <key>}.
 * Anything else is a 401 problem, before the method runs.
 */
class TenantArgumentResolver implements HandlerMethodArgumentResolver {

	private static final String BEARER = "bearer ";

	private static final int MAX_KEY = 200;

	private final TenantRepository tenants;

	private final TenancyProperties properties;

	TenantArgumentResolver(TenantRepository tenants, TenancyProperties properties) {
		this.tenants = tenants;
		this.properties = properties;
	}

	@Override
	public boolean supportsParameter(MethodParameter parameter) {
		Class<?> type = parameter.getParameterType();
		return type == Tenant.class || type == AdminAccess.class;
	}

	@Override
	public Mono<Object> resolveArgument(MethodParameter parameter, BindingContext bindingContext,
			ServerWebExchange exchange) {
		String key = bearerToken(exchange.getRequest().getHeaders().getFirst(HttpHeaders.AUTHORIZATION));
		if (parameter.getParameterType() == AdminAccess.class) {
			return Mono.just(admin(key));
		}
		if (key == null) {
			return Mono.error(new UnauthorizedException(
					"This API needs an API key: send 'Authorization: Bearer <api key>'"));
		}
		return Blocking.call(() -> this.tenants.findByKeyHash(ApiKeys.hash(key)))
			.flatMap((tenant) -> tenant.<Mono<Object>>map(Mono::just)
				.orElseGet(() -> Mono.error(new UnauthorizedException("The API key is unknown or revoked"))));
	}

	private AdminAccess admin(String key) {
		if (this.properties.adminKey() == null) {
			throw new ForbiddenException(
					"The admin API is disabled: the operator has not set pactwatch.alert.tenancy.admin-key");
		}
		if (key == null) {
			throw new UnauthorizedException("The admin API needs the admin key: send 'Authorization: Bearer <admin key>'");
		}
		if (!ApiKeys.sameSecret(key, this.properties.adminKey())) {
			throw new UnauthorizedException("The admin key is wrong");
		}
		return AdminAccess.GRANTED;
	}

	private static String bearerToken(String authorization) {
		if (authorization == null || authorization.length() <= BEARER.length()
				|| !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
			return null;
		}
		String token = authorization.substring(BEARER.length()).strip();
		return (token.isEmpty() || token.length() > MAX_KEY) ? null : token;
	}

}
