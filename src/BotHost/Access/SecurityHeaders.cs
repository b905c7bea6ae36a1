namespace BuildingBot.BotHost.Access;

/// <summary>
/// Headers on every answer: a Content-Security-Policy without inline script that no page may frame,
/// nosniff, and no Referer leaving the site. The third-party staff pages (Hangfire, Swagger UI) style
/// themselves inline, so they alone may use inline styles.
/// </summary>
internal static class SecurityHeaders
{
    private const string Policy =
        "default-src 'self'; script-src 'self'; connect-src 'self'; img-src 'self' data: https:; object-src 'none'; " +
        "base-uri 'none'; form-action 'self'; frame-ancestors 'none'; style-src 'self'";

    private static readonly string[] InlineStylePaths = ["/hangfire", "/swagger"];

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        var inlineStyles = InlineStylePaths.Any(p => context.Request.Path.StartsWithSegments(p, StringComparison.OrdinalIgnoreCase));
        var headers = context.Response.Headers;
        headers.ContentSecurityPolicy = inlineStyles ? Policy + " 'unsafe-inline'" : Policy;
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = "no-referrer";
        headers.XFrameOptions = "DENY";
        return next(context);
    });
}
