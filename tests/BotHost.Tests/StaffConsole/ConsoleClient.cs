using System.Net;
using System.Text.RegularExpressions;
using BuildingBot.BotHost.StaffConsole.Accounts;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace BuildingBot.BotHost.Tests.StaffConsole;

/// <summary>A browser-like client of the console over HTTP: keeps cookies, posts forms with their anti-forgery token.</summary>
internal sealed partial class ConsoleClient(HttpClient http) : IDisposable
{
    public HttpClient Http { get; } = http;

    public static ConsoleClient For(BotHostFactory factory, string? peer = null)
    {
        var http = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        if (peer is not null)
        {
            http.DefaultRequestHeaders.Add(TestPeer.Header, peer);
        }

        return new ConsoleClient(http);
    }

    /// <summary>Creates an account as add-staff does; returns its one-time password.</summary>
    public static async Task<string> AddStaffAsync(BotHostFactory factory, string name, string role, string? gridMember = null)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var (password, problems) = await scope.ServiceProvider.GetRequiredService<StaffAccounts>().CreateAsync(name, role, gridMember, default);
        Assert.True(password is not null, string.Join("; ", problems));
        return password!;
    }

    public async Task<HttpResponseMessage> SignInAsync(string name, string password) =>
        await PostFormAsync("/console/login", new Dictionary<string, string> { ["UserName"] = name, ["Password"] = password });

    /// <summary>Signs in and replaces the one-time password with <paramref name="newPassword"/>.</summary>
    public async Task SignInAndChangePasswordAsync(string name, string oneTime, string newPassword)
    {
        using var signedIn = await SignInAsync(name, oneTime);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        using var changed = await PostFormAsync("/console/password",
            new Dictionary<string, string> { ["Current"] = oneTime, ["New"] = newPassword, ["Repeat"] = newPassword });
        Assert.Equal("/console", changed.Headers.Location?.OriginalString);
    }

    public Task<HttpResponseMessage> PostFormAsync(string path, Dictionary<string, string> fields) => PostFormAsync(path, path, fields);

    /// <summary>Posts to <paramref name="action"/> (e.g. a page handler) with the token of the page at <paramref name="path"/>.</summary>
    public async Task<HttpResponseMessage> PostFormAsync(string path, string action, Dictionary<string, string> fields)
    {
        ArgumentNullException.ThrowIfNull(fields);
        fields["__RequestVerificationToken"] = await TokenAsync(path);
        using var content = new FormUrlEncodedContent(fields);
        return await Http.PostAsync(new Uri(action, UriKind.Relative), content);
    }

    /// <summary>Posts a form with one file (multipart, as a browser uploads it) to <paramref name="action"/>, with the token of <paramref name="path"/>.</summary>
    public async Task<HttpResponseMessage> PostFileAsync(
        string path, string action, Dictionary<string, string> fields, string fileField, string fileName, byte[] file)
    {
        ArgumentNullException.ThrowIfNull(fields);
        using var content = new MultipartFormDataContent();
        foreach (var (name, value) in fields)
        {
            content.Add(new StringContent(value), name);
        }

        content.Add(new StringContent(await TokenAsync(path)), "__RequestVerificationToken");
        var bytes = new ByteArrayContent(file);
        bytes.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/octet-stream");
        content.Add(bytes, fileField, fileName);
        return await Http.PostAsync(new Uri(action, UriKind.Relative), content);
    }

    private async Task<string> TokenAsync(string path)
    {
        var page = await Http.GetStringAsync(new Uri(path, UriKind.Relative));
        return TokenPattern().Match(page) is { Success: true } match
            ? match.Groups[1].Value
            : throw new InvalidOperationException($"{path} has no anti-forgery token");
    }

    public async Task<string> PageAsync(string path)
    {
        using var response = await Http.GetAsync(new Uri(path, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    public void Dispose() => Http.Dispose();

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
