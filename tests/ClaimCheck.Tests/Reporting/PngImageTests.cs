using System.Buffers.Binary;
using System.IO.Compression;

namespace ClaimCheck.Tests.Reporting;

/// <summary>The test PNG decoder, against an image encoded here with every filter type (CRCs left zero: the decoder ignores them).</summary>
public sealed class PngImageTests
{
    [TestCase(2, 3)]
    [TestCase(6, 4)]
    public void Decode_EveryFilterType_GivesBackThePixels(int colourType, int channels)
    {
        const int width = 4;
        const int height = 5;
        var pixels = new byte[width * height * channels];
        for (var i = 0; i < pixels.Length; i++)
        {
            pixels[i] = (byte)((i * 37) + (i / 7 * 11));
        }

        var png = Encode(width, height, colourType, channels, pixels);

        var image = PngImage.Decode(png);

        image.Width.Should().Be(width);
        image.Height.Should().Be(height);
        for (var p = 0; p < width * height; p++)
        {
            image.Rgba[p * 4].Should().Be(pixels[p * channels]);
            image.Rgba[p * 4 + 1].Should().Be(pixels[p * channels + 1]);
            image.Rgba[p * 4 + 2].Should().Be(pixels[p * channels + 2]);
            image.Rgba[p * 4 + 3].Should().Be(channels == 4 ? pixels[p * channels + 3] : (byte)255);
        }
    }

    [Test]
    public void Count_FindsAColourWithinTolerance()
    {
        var image = PngImage.Decode(Encode(2, 1, 2, 3, [255, 179, 167, 250, 181, 168]));

        image.Count("#ffb3a7").Should().Be(1);
        image.Count("#ffb3a7", 5).Should().Be(2);
    }

    /// <summary>Encodes rows with filters 0, 1, 2, 3, 4, 0, ... in turn.</summary>
    private static byte[] Encode(int width, int height, int colourType, int channels, byte[] pixels)
    {
        var stride = width * channels;
        var raw = new byte[(stride + 1) * height];
        for (var y = 0; y < height; y++)
        {
            var filter = y % 5;
            raw[y * (stride + 1)] = (byte)filter;
            for (var x = 0; x < stride; x++)
            {
                int a = x >= channels ? pixels[y * stride + x - channels] : 0;
                int b = y > 0 ? pixels[(y - 1) * stride + x] : 0;
                int c = x >= channels && y > 0 ? pixels[(y - 1) * stride + x - channels] : 0;
                var predictor = filter switch
                {
                    1 => a,
                    2 => b,
                    3 => (a + b) / 2,
                    4 => PngImage.Paeth(a, b, c),
                    _ => 0,
                };
                raw[y * (stride + 1) + 1 + x] = (byte)(pixels[y * stride + x] - predictor);
            }
        }

        using var compressed = new MemoryStream();
        using (var zlib = new ZLibStream(compressed, CompressionLevel.Optimal, leaveOpen: true))
        {
            zlib.Write(raw);
        }

        var header = new byte[13];
        BinaryPrimitives.WriteUInt32BigEndian(header, (uint)width);
        BinaryPrimitives.WriteUInt32BigEndian(header.AsSpan(4), (uint)height);
        header[8] = 8;
        header[9] = (byte)colourType;

        using var png = new MemoryStream();
        png.Write([137, 80, 78, 71, 13, 10, 26, 10]);
        Chunk(png, "IHDR", header);
        var data = compressed.ToArray();
        Chunk(png, "IDAT", data[..(data.Length / 2)]);
        Chunk(png, "IDAT", data[(data.Length / 2)..]);
        Chunk(png, "IEND", []);
        return png.ToArray();
    }

    private static void Chunk(Stream png, string type, byte[] data)
    {
        Span<byte> number = stackalloc byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(number, (uint)data.Length);
        png.Write(number);
        var typeBytes = System.Text.Encoding.ASCII.GetBytes(type);
        png.Write(typeBytes);
        png.Write(data);
        png.Write([0, 0, 0, 0]); // The decoder does not check CRCs.
    }
}
