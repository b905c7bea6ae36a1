using System.Globalization;
using System.Text;
using BuildingBot.Dialogs.Turns;

namespace BuildingBot.Dialogs.Outbox;

/// <summary>
/// Splits a text longer than a channel carries (WeCom cuts text messages at 2,048 UTF-8 bytes) into parts
/// queued one after another, each marked （1/3）, cut at line ends, else at sentence ends, else between
/// characters. Each part has its own key (key#1, key#2 …), so a retried part is still delivered once.
/// Cards (messages with buttons) are left whole.
/// </summary>
public static class MessageParts
{
    private const int MarkBytes = 16; // room for "（12/12）"
    private static readonly char[] SentenceEnds = ['。', '！', '？', '；', '!', '?', ';'];

    public static IReadOnlyList<OutgoingMessage> Split(OutgoingMessage message, int? maxBytes)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (maxBytes is not { } max || message.Buttons.Count > 0 || Encoding.UTF8.GetByteCount(message.Text) <= max)
        {
            return [message];
        }

        var parts = Pieces(message.Text, Math.Max(max - MarkBytes, 8));
        return parts.Select((text, i) => message with
        {
            Text = $"{text}（{i + 1}/{parts.Count}）",
            IdempotencyKey = message.IdempotencyKey is { } key ? $"{key}#{i + 1}" : null,
            Attachments = i == 0 ? message.Attachments : [],
            Mention = i == 0 ? message.Mention : null,
        }).ToList();
    }

    private static List<string> Pieces(string text, int max)
    {
        var parts = new List<string>();
        var current = new StringBuilder();
        var bytes = 0;
        foreach (var piece in Units(text, max))
        {
            var size = Encoding.UTF8.GetByteCount(piece);
            if (current.Length > 0 && bytes + size > max)
            {
                parts.Add(current.ToString().TrimEnd('\n'));
                current.Clear();
                bytes = 0;
            }

            current.Append(piece);
            bytes += size;
        }

        if (current.Length > 0)
        {
            parts.Add(current.ToString().TrimEnd('\n'));
        }

        return parts;
    }

    /// <summary>Lines (with their line end), a too-long line as sentences, a too-long sentence as characters.</summary>
    private static IEnumerable<string> Units(string text, int max)
    {
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = i < lines.Length - 1 ? lines[i] + "\n" : lines[i];
            if (line.Length == 0)
            {
                continue;
            }

            if (Encoding.UTF8.GetByteCount(line) <= max)
            {
                yield return line;
                continue;
            }

            foreach (var sentence in Sentences(line))
            {
                if (Encoding.UTF8.GetByteCount(sentence) <= max)
                {
                    yield return sentence;
                    continue;
                }

                var elements = StringInfo.GetTextElementEnumerator(sentence);
                while (elements.MoveNext())
                {
                    yield return elements.GetTextElement();
                }
            }
        }
    }

    private static IEnumerable<string> Sentences(string line)
    {
        var start = 0;
        for (var i = 0; i < line.Length; i++)
        {
            if (SentenceEnds.Contains(line[i]))
            {
                yield return line[start..(i + 1)];
                start = i + 1;
            }
        }

        if (start < line.Length)
        {
            yield return line[start..];
        }
    }
}
