using BuildingBot.Community.Persistence;
using BuildingBot.Community.Places;
using Microsoft.EntityFrameworkCore;
using QRCoder;

namespace BuildingBot.BotHost.Households;

/// <summary>
/// GET /households/{code}/qr.png: the household's 百姓码 as a QR code. The code is the secret: the
/// picture holds only the code, never the room or a name, and unknown codes are 404.
/// </summary>
internal static class HouseholdQrEndpoints
{
    public static IEndpointRouteBuilder MapHouseholdQr(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/households/{code}/qr.png", GetQrAsync)
            .WithTags("Households")
            .WithSummary("The household code (百姓码) as a PNG QR code.")
            .Produces(StatusCodes.Status200OK, contentType: "image/png")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return endpoints;
    }

    private static async Task<IResult> GetQrAsync(string code, CommunityDbContext db, HttpResponse response, CancellationToken cancellationToken)
    {
        if (!HouseholdCode.TryParse(code, out var householdCode)
            || !await db.Households.AnyAsync(h => h.Code == householdCode, cancellationToken))
        {
            return Results.Problem("No household has this code.", statusCode: StatusCodes.Status404NotFound);
        }

        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(householdCode.Value, QRCodeGenerator.ECCLevel.Q);
        var png = new PngByteQRCode(data).GetGraphic(12);
        response.Headers.CacheControl = "private, max-age=86400";
        return Results.File(png, "image/png");
    }
}
