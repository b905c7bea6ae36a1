using System.Text.Json;

namespace BuildingBot.WeCom.Tests.Crypto;

/// <summary>A published WeCom callback example (Data/crypto-vectors.json, copied from shared/testdata/wecom).</summary>
public sealed record CryptoVector(
    string Name, string Token, string EncodingAesKey, string ReceiveId, string MsgSignature, string Timestamp, string Nonce,
    string Encrypt, string Plaintext)
{
    public static IReadOnlyList<CryptoVector> All { get; } = Load();

    public static TheoryData<string> Names => [.. All.Select(v => v.Name)];

    public static CryptoVector Named(string name) => All.Single(v => v.Name == name);

    private static List<CryptoVector> Load()
    {
        using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Data", "crypto-vectors.json")));
        return document.RootElement.GetProperty("vectors").EnumerateArray()
            .Select(v => new CryptoVector(
                v.GetProperty("name").GetString()!, v.GetProperty("token").GetString()!, v.GetProperty("encodingAesKey").GetString()!,
                v.GetProperty("receiveId").GetString()!, v.GetProperty("msgSignature").GetString()!, v.GetProperty("timestamp").GetString()!,
                v.GetProperty("nonce").GetString()!, v.GetProperty("encrypt").GetString()!, v.GetProperty("plaintext").GetString()!))
            .ToList();
    }
}
