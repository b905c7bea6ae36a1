namespace BuildingBot.Dialogs.Understanding;

/// <summary>
/// The frame of a saved model (<see cref="TextModel"/>, <see cref="BoostedTrees"/>): its format version, then its parts;
/// read back, anything that does not fit the format is a <see cref="FormatException"/>, whatever the reader tripped on.
/// </summary>
internal static class SavedFormat
{
    public static byte[] Write(int version, Action<BinaryWriter> write)
    {
        using var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(version);
            write(writer);
        }

        return stream.ToArray();
    }

    /// <param name="saved">Read from where it stands; left open.</param>
    /// <param name="version">The format version <paramref name="read"/> reads.</param>
    /// <param name="what">What is read, for the messages ("text model", "duplicate model").</param>
    /// <param name="read">Reads the parts, and throws <see cref="FormatException"/> when they do not fit together.</param>
    /// <exception cref="FormatException">The bytes are not of this format and version, or are cut short.</exception>
    public static T Read<T>(Stream saved, int version, string what, Func<BinaryReader, T> read)
    {
        ArgumentNullException.ThrowIfNull(saved);
        try
        {
            using var reader = new BinaryReader(saved, System.Text.Encoding.UTF8, leaveOpen: true);
            if (reader.ReadInt32() != version)
            {
                throw new FormatException($"The saved {what} is of another format version.");
            }

            return read(reader);
        }
        catch (Exception exception) when (exception is EndOfStreamException or OverflowException or ArgumentException)
        {
            throw new FormatException($"The saved {what} is cut short or corrupt.", exception);
        }
    }
}
