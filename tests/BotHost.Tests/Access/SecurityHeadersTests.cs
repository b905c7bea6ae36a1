using System.Text.RegularExpressions;

namespace BuildingBot.BotHost.Tests.Access;

public partial class SecurityHeadersTests
{
    [Theory]
    [InlineData("/")]
    [InlineData("/status")]
    [InlineData("/app.js")]
    public async Task Pages_CarryAPolicyWithoutInlineScript_AndRefuseFraming(string path)
    {
        await using var factory = BotHostFactory.Embedded();
        using var client = factory.CreateClient();

        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));

        var policy = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self'", policy, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", policy, StringComparison.Ordinal);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("no-referrer", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/status")]
    public async Task Pages_HoldNoInlineScriptStyleOrHandler(string path)
    {
        await using var factory = BotHostFactory.Embedded();
        using var client = factory.CreateClient();

        var html = await client.GetStringAsync(new Uri(path, UriKind.Relative));

        Assert.DoesNotMatch(InlineScript(), html);
        Assert.DoesNotMatch(InlineHandler(), html);
        Assert.DoesNotContain("<style", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(" style=", html, StringComparison.OrdinalIgnoreCase);
    }

    [GeneratedRegex(@"<script(?![^>]*\bsrc=)[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex InlineScript();

    [GeneratedRegex(@"\son[a-z]+\s*=", RegexOptions.IgnoreCase)]
    private static partial Regex InlineHandler();
}
