using System.Text;
using Microsoft.AspNetCore.Mvc.Testing;

namespace BuildingBot.BotHost.Tests;

/// <summary>
/// A CSV body of unknown length, so it is sent chunked: the header, then generated rows (the row number in,
/// the line out) until the size is reached. Send it with <see cref="UnbufferedClient"/>.
/// </summary>
internal sealed class GeneratedCsv(string header, Func<int, string> row, long size) : Stream
{
    private byte[] _pending = Encoding.UTF8.GetBytes(header);
    private int _offset;
    private long _written;
    private int _row = 1000;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => _written; set => throw new NotSupportedException(); }

    /// <summary>A client that streams request bodies as they are (the default one buffers them to replay redirects, which sets Content-Length).</summary>
    public static HttpClient UnbufferedClient(BotHostFactory factory) =>
        factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    public override int Read(byte[] buffer, int offset, int count)
    {
        if (_written >= size)
        {
            return 0;
        }

        if (_offset == _pending.Length)
        {
            _pending = Encoding.UTF8.GetBytes(row(_row++));
            _offset = 0;
        }

        var n = Math.Min(count, _pending.Length - _offset);
        Array.Copy(_pending, _offset, buffer, offset, n);
        _offset += n;
        _written += n;
        return n;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
