namespace BuildingBot.BotHost.Tests.Access;

/// <summary>A kind of caller the matrix sends: where from, and which credential it holds.</summary>
public sealed record MatrixCaller(string Name, string? Peer, bool AdminKey = false, bool WeComSigned = false, bool Open311Key = false)
{
    public static readonly MatrixCaller Remote = new("anonymous remote", TestPeer.Remote);
    public static readonly MatrixCaller NoAddress = new("no remote address", "none");
    public static readonly MatrixCaller Loopback = new("loopback", null);
    public static readonly MatrixCaller StaffRemote = new("admin key, remote", TestPeer.Remote, AdminKey: true);
    public static readonly MatrixCaller WeCom = new("WeCom-signed, remote", TestPeer.Remote, WeComSigned: true);
    public static readonly MatrixCaller Open311Client = new("Open311 api_key, remote", TestPeer.Remote, Open311Key: true);

    public override string ToString() => Name;
}
