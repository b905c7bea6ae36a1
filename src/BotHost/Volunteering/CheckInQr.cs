using QRCoder;

namespace BuildingBot.BotHost.Volunteering;

/// <summary>An occurrence's check-in QR code as a PNG: scanning it gives “签到 CODE”. The admin API and the console print the same.</summary>
public static class CheckInQr
{
    public static byte[] Png(string checkInCode)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode($"签到 {checkInCode}", QRCodeGenerator.ECCLevel.Q);
        return new PngByteQRCode(data).GetGraphic(12);
    }
}
