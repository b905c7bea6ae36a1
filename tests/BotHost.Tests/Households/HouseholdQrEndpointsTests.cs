using System.Net;
using BuildingBot.Community.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BuildingBot.BotHost.Tests.Households;

public class HouseholdQrEndpointsTests
{
    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    [Fact]
    public async Task GetQr_ReturnsAPng_ForAKnownHouseholdCode()
    {
        await using var factory = BotHostFactory.Embedded();
        using var client = factory.CreateClient();
        string code;
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CommunityDbContext>();
            code = (await db.Households.FirstAsync()).Code.Value;
        }

        using var response = await client.GetAsync(new Uri($"/households/{code.ToLowerInvariant()}/qr.png", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/png", response.Content.Headers.ContentType?.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(PngSignature, bytes[..8]);
        Assert.True(bytes.Length > 200);
    }

    [Theory]
    [InlineData("ZZZZZZZZZZ")]
    [InlineData("not-a-code")]
    public async Task GetQr_Returns404_WhenNoHouseholdHasTheCode(string code)
    {
        await using var factory = BotHostFactory.Embedded();
        using var client = factory.CreateClient();

        using var response = await client.GetAsync(new Uri($"/households/{code}/qr.png", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
