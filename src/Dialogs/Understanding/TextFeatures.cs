namespace BuildingBot.Dialogs.Understanding;

/// <summary>
/// What <see cref="TextModel"/> weighs of a message, as one sparse vector: the counts of its character 1–3-grams (the text
/// between a start and an end mark, so 报修 at the start of a message is a gram of its own), then the counts of its word
/// 1–2-grams (<see cref="ModelInput.Words"/>, words separated by spaces), each block scaled to unit length, then the
/// parsers' signals as they are. The vocabulary is every gram of the training messages; a gram never seen in training
/// has no weight and is left out. A character gram is kept as a number (up to three UTF-16 units packed into 48 bits), not
/// a string: the vocabulary of a few thousand messages is a couple of hundred thousand grams, and ML.NET's text featuriser,
/// which this replaces, kept them as text in its vocabularies and again as the features' slot names (about 30 MB of slot
/// names for the two classifiers).
/// </summary>
public sealed class TextFeatures
{
    private const char Start = '\u0002';
    private const char End = '\u0003';
    private const int CharacterGramLength = 3;

    private readonly Dictionary<ulong, int> _characterGrams;
    private readonly Dictionary<string, int> _wordGrams;
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _wordLookup;

    private TextFeatures(Dictionary<ulong, int> characterGrams, Dictionary<string, int> wordGrams)
    {
        _characterGrams = characterGrams;
        _wordGrams = wordGrams;
        _wordLookup = wordGrams.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The length of every vector: character grams, word grams, signals.</summary>
    public int Dimension => _characterGrams.Count + _wordGrams.Count + ModelSignals.Count;

    /// <summary>The vocabulary of these messages, each gram numbered in the order first seen (deterministic).</summary>
    public static TextFeatures Fit(IEnumerable<ModelInput> inputs)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        var characters = new Dictionary<ulong, int>();
        var words = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var input in inputs)
        {
            foreach (var gram in CharacterGrams(input.Characters))
            {
                characters.TryAdd(gram, characters.Count);
            }

            foreach (var (first, second) in WordGrams(input.Words))
            {
                words.TryAdd(second.IsEmpty ? first.ToString() : string.Concat(first, " ", second), words.Count);
            }
        }

        return new TextFeatures(characters, words);
    }

    /// <summary>The message as a sparse vector: indices ascending, with their values.</summary>
    public (int[] Indices, float[] Values) Of(ModelInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var characterGrams = CharacterGrams(input.Characters);
        var characters = new Dictionary<int, float>(characterGrams.Count);
        foreach (var gram in characterGrams)
        {
            if (_characterGrams.TryGetValue(gram, out var index))
            {
                characters[index] = characters.GetValueOrDefault(index) + 1;
            }
        }

        var wordGrams = WordGrams(input.Words);
        var words = new Dictionary<int, float>(wordGrams.Count);
        Span<char> pair = stackalloc char[64];
        foreach (var (first, second) in wordGrams)
        {
            var found = second.IsEmpty ? _wordLookup.TryGetValue(first.Span, out var index) : TryFindPair(first.Span, second.Span, pair, out index);
            if (found)
            {
                words[_characterGrams.Count + index] = words.GetValueOrDefault(_characterGrams.Count + index) + 1;
            }
        }

        var offset = _characterGrams.Count + _wordGrams.Count;
        var signals = input.Signals.Count(v => v != 0);
        var indices = new int[characters.Count + words.Count + signals];
        var values = new float[indices.Length];
        var next = CopyNormalised(characters, indices, values, 0);
        next = CopyNormalised(words, indices, values, next);
        for (var i = 0; i < input.Signals.Length; i++)
        {
            if (input.Signals[i] != 0)
            {
                (indices[next], values[next]) = (offset + i, input.Signals[i]);
                next++;
            }
        }

        Array.Sort(indices, values);
        return (indices, values);
    }

    private bool TryFindPair(ReadOnlySpan<char> first, ReadOnlySpan<char> second, Span<char> buffer, out int index)
    {
        var length = first.Length + 1 + second.Length;
        if (length > buffer.Length)
        {
            return _wordGrams.TryGetValue(string.Concat(first, " ", second), out index);
        }

        first.CopyTo(buffer);
        buffer[first.Length] = ' ';
        second.CopyTo(buffer[(first.Length + 1)..]);
        return _wordLookup.TryGetValue(buffer[..length], out index);
    }

    /// <summary>Copies the counts, scaled to unit length, from <paramref name="start"/> on; returns the next free place.</summary>
    private static int CopyNormalised(Dictionary<int, float> counts, int[] indices, float[] values, int start)
    {
        var squares = 0f;
        foreach (var count in counts.Values)
        {
            squares += count * count;
        }

        var length = MathF.Sqrt(squares);
        foreach (var (index, count) in counts)
        {
            (indices[start], values[start]) = (index, count / length);
            start++;
        }

        return start;
    }

    /// <summary>Every 1-, 2- and 3-gram of the marked text, each packed into a number (16 bits a character, the length on top).</summary>
    private static List<ulong> CharacterGrams(string text)
    {
        var length = text.Length + 2;
        var grams = new List<ulong>(length * CharacterGramLength);
        for (var i = 0; i < length; i++)
        {
            ulong gram = 0;
            for (var n = 1; n <= CharacterGramLength && i + n <= length; n++)
            {
                var at = i + n - 1;
                gram = (gram << 16) | (at == 0 ? Start : at == length - 1 ? End : text[at - 1]);
                grams.Add(((ulong)n << 48) | gram);
            }
        }

        return grams;
    }

    /// <summary>Every word (second empty) and every pair of neighbouring words.</summary>
    private static List<(ReadOnlyMemory<char> First, ReadOnlyMemory<char> Second)> WordGrams(string text)
    {
        var words = new List<ReadOnlyMemory<char>>();
        foreach (var range in text.AsSpan().Split(' '))
        {
            if (range.End.GetOffset(text.Length) > range.Start.GetOffset(text.Length))
            {
                words.Add(text.AsMemory()[range]);
            }
        }

        var grams = new List<(ReadOnlyMemory<char>, ReadOnlyMemory<char>)>(words.Count * 2);
        for (var i = 0; i < words.Count; i++)
        {
            grams.Add((words[i], ReadOnlyMemory<char>.Empty));
            if (i + 1 < words.Count)
            {
                grams.Add((words[i], words[i + 1]));
            }
        }

        return grams;
    }

    /// <summary>Writes the vocabulary for <see cref="Read"/>.</summary>
    public void Write(BinaryWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.Write(_characterGrams.Count);
        foreach (var gram in _characterGrams.OrderBy(g => g.Value))
        {
            writer.Write(gram.Key);
        }

        writer.Write(_wordGrams.Count);
        // As UTF-16 units, not UTF-8: jieba may cut an emoji between its surrogates, and UTF-8 would turn either half into U+FFFD.
        foreach (var gram in _wordGrams.OrderBy(g => g.Value))
        {
            BinaryArrays.Write<char>(writer, gram.Key);
        }
    }

    /// <summary>A vocabulary written by <see cref="Write"/>.</summary>
    public static TextFeatures Read(BinaryReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var characterCount = reader.ReadInt32();
        var characters = new Dictionary<ulong, int>(characterCount);
        for (var i = 0; i < characterCount; i++)
        {
            characters.Add(reader.ReadUInt64(), i);
        }

        var wordCount = reader.ReadInt32();
        var words = new Dictionary<string, int>(wordCount, StringComparer.Ordinal);
        for (var i = 0; i < wordCount; i++)
        {
            words.Add(new string(BinaryArrays.Read<char>(reader)), i);
        }

        return new TextFeatures(characters, words);
    }
}
