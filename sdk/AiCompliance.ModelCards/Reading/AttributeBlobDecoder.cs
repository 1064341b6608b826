using System;
using System.Collections.Generic;
using System.Reflection.Metadata;
using AiCompliance.Policy.Declarations;

namespace AiCompliance.ModelCards.Reading;

/// <summary>
/// Decodes custom attribute blobs (ECMA-335 II.23.3) into the values <see cref="RawDeclaration"/> expects. Written here
/// instead of using <c>CustomAttribute.DecodeValue</c> for two reasons: enums defined in another assembly (the SDK's)
/// need their underlying type, which only a name lookup can give without loading that assembly; and hostile blobs must
/// not be able to recurse without bound (boxed arrays inside boxed arrays), which a depth limit here prevents.
/// </summary>
internal sealed class AttributeBlobDecoder
{
    private const int MaxDepth = 4;

    // The SDK's enums are the ones its attributes' properties use; their policy mirrors have the same simple names.
    private static readonly HashSet<string> SdkEnums = BuildSdkEnums();

    private static readonly HashSet<string> SdkAttributes = BuildSdkAttributes();

    private readonly MetadataReader _metadata;
    private readonly Dictionary<EntityHandle, string?> _attributeNames = new();
    private readonly Dictionary<EntityHandle, ArgumentType> _enumTypes = new();
    private readonly Dictionary<string, ArgumentType> _enumsBySerializedName = new(StringComparer.Ordinal);

    public AttributeBlobDecoder(MetadataReader metadata) => _metadata = metadata;

    /// <summary>
    /// The simple name of the SDK attribute a constructor belongs to (for example <c>AiModelAttribute</c>), or
    /// <see langword="null"/> for any other attribute. The attribute type is matched by its full name, whether it is a
    /// reference to the SDK assembly (the normal case) or defined in the assembly itself.
    /// </summary>
    public string? SdkAttributeName(EntityHandle constructor)
    {
        if (_attributeNames.TryGetValue(constructor, out var cached))
        {
            return cached;
        }

        string? result = null;
        if (TryGetDeclaringTypeName(constructor, out var ns, out var name) && ns == AttributeNames.Namespace && SdkAttributes.Contains(name))
        {
            result = name;
        }

        _attributeNames[constructor] = result;
        return result;
    }

    /// <summary>Whether the constructor belongs to the attribute type <paramref name="ns"/>.<paramref name="name"/>.</summary>
    public bool IsAttribute(EntityHandle constructor, string ns, string name) =>
        TryGetDeclaringTypeName(constructor, out var actualNamespace, out var actualName) && actualNamespace == ns && actualName == name;

    /// <summary>Decodes one attribute. Corrupt or unsupported blobs throw <see cref="BadImageFormatException"/>.</summary>
    public RawDeclaration Decode(string attributeName, CustomAttribute attribute, CustomAttributeHandle origin)
    {
        var parameters = ConstructorParameters(attribute.Constructor);
        var blob = _metadata.GetBlobReader(attribute.Value);
        if (blob.Length < 2 || blob.ReadUInt16() != 1)
        {
            throw new BadImageFormatException("A custom attribute blob has no prolog.");
        }

        var positional = new object?[parameters.Length];
        for (var i = 0; i < parameters.Length; i++)
        {
            positional[i] = ReadValue(ref blob, parameters[i], 0);
        }

        var namedCount = blob.RemainingBytes >= 2 ? blob.ReadUInt16() : 0;
        var named = new List<KeyValuePair<string, object?>>(Math.Min(namedCount, 64));
        for (var i = 0; i < namedCount; i++)
        {
            var kind = blob.ReadByte();
            if (kind != 0x53 && kind != 0x54)
            {
                throw new BadImageFormatException("A named attribute argument is neither a field nor a property.");
            }

            var type = ReadSerializedType(ref blob, 0);
            var name = blob.ReadSerializedString() ?? throw new BadImageFormatException("A named attribute argument has no name.");
            named.Add(new KeyValuePair<string, object?>(name, ReadValue(ref blob, type, 0)));
        }

        return new RawDeclaration(attributeName, positional, named, origin);
    }

    private static HashSet<string> BuildSdkAttributes()
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        foreach (var kind in DeclarationKinds.All)
        {
            set.Add(kind.AttributeName);
        }

        return set;
    }

    private static HashSet<string> BuildSdkEnums()
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        foreach (var kind in DeclarationKinds.All)
        {
            foreach (var property in kind.Properties)
            {
                if (property.EnumType is { } enumType)
                {
                    set.Add(enumType.Name);
                }
            }
        }

        return set;
    }

    private bool TryGetDeclaringTypeName(EntityHandle constructor, out string ns, out string name)
    {
        ns = "";
        name = "";
        EntityHandle type;
        switch (constructor.Kind)
        {
            case HandleKind.MemberReference:
                type = _metadata.GetMemberReference((MemberReferenceHandle)constructor).Parent;
                break;
            case HandleKind.MethodDefinition:
                type = _metadata.GetMethodDefinition((MethodDefinitionHandle)constructor).GetDeclaringType();
                break;
            default:
                return false;
        }

        switch (type.Kind)
        {
            case HandleKind.TypeReference:
                var reference = _metadata.GetTypeReference((TypeReferenceHandle)type);
                if (reference.ResolutionScope.Kind == HandleKind.TypeReference)
                {
                    return false; // nested: never one of the SDK's top-level attributes
                }

                ns = _metadata.GetString(reference.Namespace);
                name = _metadata.GetString(reference.Name);
                return true;
            case HandleKind.TypeDefinition:
                var definition = _metadata.GetTypeDefinition((TypeDefinitionHandle)type);
                if (definition.IsNested)
                {
                    return false;
                }

                ns = _metadata.GetString(definition.Namespace);
                name = _metadata.GetString(definition.Name);
                return true;
            default:
                return false; // a generic attribute instantiation (TypeSpec): not an SDK attribute
        }
    }

    private ArgumentType[] ConstructorParameters(EntityHandle constructor)
    {
        BlobHandle signature = constructor.Kind switch
        {
            HandleKind.MemberReference => _metadata.GetMemberReference((MemberReferenceHandle)constructor).Signature,
            HandleKind.MethodDefinition => _metadata.GetMethodDefinition((MethodDefinitionHandle)constructor).Signature,
            _ => throw new BadImageFormatException("An attribute constructor is neither a method nor a member reference."),
        };

        var reader = _metadata.GetBlobReader(signature);
        var header = reader.ReadSignatureHeader();
        if (header.Kind != SignatureKind.Method)
        {
            throw new BadImageFormatException("An attribute constructor has no method signature.");
        }

        if (header.IsGeneric)
        {
            reader.ReadCompressedInteger();
        }

        var count = reader.ReadCompressedInteger();
        if (count > reader.RemainingBytes)
        {
            throw new BadImageFormatException("An attribute constructor signature is truncated.");
        }

        ReadSignatureType(ref reader, allowVoid: true, 0);
        var parameters = new ArgumentType[count];
        for (var i = 0; i < count; i++)
        {
            parameters[i] = ReadSignatureType(ref reader, allowVoid: false, 0);
        }

        return parameters;
    }

    private ArgumentType ReadSignatureType(ref BlobReader reader, bool allowVoid, int depth)
    {
        if (depth > MaxDepth)
        {
            throw new BadImageFormatException("An attribute constructor signature nests too deeply.");
        }

        while (true)
        {
            var code = reader.ReadSignatureTypeCode();
            switch (code)
            {
                case SignatureTypeCode.Void when allowVoid:
                    return ArgumentType.Void;
                case SignatureTypeCode.Boolean: return ArgumentType.Of(SerializationTypeCode.Boolean);
                case SignatureTypeCode.Char: return ArgumentType.Of(SerializationTypeCode.Char);
                case SignatureTypeCode.SByte: return ArgumentType.Of(SerializationTypeCode.SByte);
                case SignatureTypeCode.Byte: return ArgumentType.Of(SerializationTypeCode.Byte);
                case SignatureTypeCode.Int16: return ArgumentType.Of(SerializationTypeCode.Int16);
                case SignatureTypeCode.UInt16: return ArgumentType.Of(SerializationTypeCode.UInt16);
                case SignatureTypeCode.Int32: return ArgumentType.Of(SerializationTypeCode.Int32);
                case SignatureTypeCode.UInt32: return ArgumentType.Of(SerializationTypeCode.UInt32);
                case SignatureTypeCode.Int64: return ArgumentType.Of(SerializationTypeCode.Int64);
                case SignatureTypeCode.UInt64: return ArgumentType.Of(SerializationTypeCode.UInt64);
                case SignatureTypeCode.Single: return ArgumentType.Of(SerializationTypeCode.Single);
                case SignatureTypeCode.Double: return ArgumentType.Of(SerializationTypeCode.Double);
                case SignatureTypeCode.String: return ArgumentType.Of(SerializationTypeCode.String);
                case SignatureTypeCode.Object: return ArgumentType.Of(SerializationTypeCode.TaggedObject);
                case SignatureTypeCode.SZArray:
                    return ArgumentType.ArrayOf(ReadSignatureType(ref reader, allowVoid: false, depth + 1));
                case SignatureTypeCode.RequiredModifier:
                case SignatureTypeCode.OptionalModifier:
                    reader.ReadTypeHandle();
                    continue;
                case SignatureTypeCode.TypeHandle:
                    return TypeFromHandle(reader.ReadTypeHandle());
                default:
                    throw new BadImageFormatException("An attribute constructor has a parameter type attributes cannot use (" + code + ").");
            }
        }
    }

    private ArgumentType TypeFromHandle(EntityHandle handle)
    {
        if (_enumTypes.TryGetValue(handle, out var cached))
        {
            return cached;
        }

        string ns;
        string name;
        ArgumentType result;
        switch (handle.Kind)
        {
            case HandleKind.TypeReference:
                var reference = _metadata.GetTypeReference((TypeReferenceHandle)handle);
                ns = _metadata.GetString(reference.Namespace);
                name = _metadata.GetString(reference.Name);
                result = ns == "System" && name == "Type" ? ArgumentType.Of(SerializationTypeCode.Type) : EnumByName(ns, name);
                break;
            case HandleKind.TypeDefinition:
                result = EnumFromDefinition((TypeDefinitionHandle)handle);
                break;
            default:
                throw new BadImageFormatException("An attribute constructor has a parameter type attributes cannot use.");
        }

        _enumTypes[handle] = result;
        return result;
    }

    private ArgumentType EnumByName(string ns, string name)
    {
        // The SDK's enums are all int-based (SdkEnumMirrorTests keeps the policy's mirrors identical to them).
        if (ns == AttributeNames.Namespace && SdkEnums.Contains(name))
        {
            return ArgumentType.Of(SerializationTypeCode.Int32);
        }

        foreach (var handle in _metadata.TypeDefinitions)
        {
            var definition = _metadata.GetTypeDefinition(handle);
            if (!definition.IsNested && _metadata.StringComparer.Equals(definition.Name, name) && _metadata.StringComparer.Equals(definition.Namespace, ns))
            {
                return EnumFromDefinition(handle);
            }
        }

        throw new BadImageFormatException($"The underlying type of enum {ns}.{name} is unknown without loading its assembly.");
    }

    private ArgumentType EnumFromDefinition(TypeDefinitionHandle handle)
    {
        var definition = _metadata.GetTypeDefinition(handle);
        foreach (var fieldHandle in definition.GetFields())
        {
            var field = _metadata.GetFieldDefinition(fieldHandle);
            if ((field.Attributes & System.Reflection.FieldAttributes.Static) != 0)
            {
                continue;
            }

            // The one instance field of an enum (value__) has the underlying type.
            var signature = _metadata.GetBlobReader(field.Signature);
            if (signature.ReadSignatureHeader().Kind != SignatureKind.Field)
            {
                break;
            }

            var type = ReadSignatureType(ref signature, allowVoid: false, MaxDepth);
            if (type.IsIntegral)
            {
                return type;
            }

            break;
        }

        throw new BadImageFormatException("An attribute argument has a type that is not an enum.");
    }

    private ArgumentType ReadSerializedType(ref BlobReader blob, int depth)
    {
        if (depth > MaxDepth)
        {
            throw new BadImageFormatException("An attribute argument nests arrays too deeply.");
        }

        var code = blob.ReadSerializationTypeCode();
        switch (code)
        {
            case SerializationTypeCode.Boolean:
            case SerializationTypeCode.Char:
            case SerializationTypeCode.SByte:
            case SerializationTypeCode.Byte:
            case SerializationTypeCode.Int16:
            case SerializationTypeCode.UInt16:
            case SerializationTypeCode.Int32:
            case SerializationTypeCode.UInt32:
            case SerializationTypeCode.Int64:
            case SerializationTypeCode.UInt64:
            case SerializationTypeCode.Single:
            case SerializationTypeCode.Double:
            case SerializationTypeCode.String:
            case SerializationTypeCode.Type:
            case SerializationTypeCode.TaggedObject:
                return ArgumentType.Of(code);
            case SerializationTypeCode.SZArray:
                return ArgumentType.ArrayOf(ReadSerializedType(ref blob, depth + 1));
            case SerializationTypeCode.Enum:
                var typeName = blob.ReadSerializedString() ?? throw new BadImageFormatException("An enum argument has no type name.");
                return EnumBySerializedName(typeName);
            default:
                throw new BadImageFormatException("An attribute argument has an unknown type code (" + (int)code + ").");
        }
    }

    private ArgumentType EnumBySerializedName(string serializedName)
    {
        if (_enumsBySerializedName.TryGetValue(serializedName, out var cached))
        {
            return cached;
        }

        var result = ResolveSerializedEnum(serializedName);
        _enumsBySerializedName[serializedName] = result;
        return result;
    }

    private ArgumentType ResolveSerializedEnum(string serializedName)
    {
        // "AiCompliance.ModelKind, AiCompliance, Version=…": the assembly part is irrelevant to the lookup.
        var comma = serializedName.IndexOf(',');
        var fullName = (comma >= 0 ? serializedName.Substring(0, comma) : serializedName).Trim();
        if (fullName.IndexOf('+') >= 0)
        {
            throw new BadImageFormatException("Nested enum types are not supported in SDK attributes.");
        }

        var dot = fullName.LastIndexOf('.');
        return dot < 0 ? EnumByName("", fullName) : EnumByName(fullName.Substring(0, dot), fullName.Substring(dot + 1));
    }

    private object? ReadValue(ref BlobReader blob, ArgumentType type, int depth)
    {
        if (depth > MaxDepth)
        {
            throw new BadImageFormatException("An attribute argument nests boxed values too deeply.");
        }

        if (type.Element is { } element)
        {
            var count = blob.ReadInt32();
            if (count == -1)
            {
                return null;
            }

            if (count < 0 || count > blob.RemainingBytes)
            {
                throw new BadImageFormatException("An attribute array argument has an impossible length.");
            }

            var items = new object?[count];
            for (var i = 0; i < count; i++)
            {
                items[i] = ReadValue(ref blob, element, depth + 1);
            }

            return items;
        }

        switch (type.Code)
        {
            case SerializationTypeCode.Boolean: return blob.ReadByte() != 0;
            case SerializationTypeCode.Char: return blob.ReadChar();
            case SerializationTypeCode.SByte: return blob.ReadSByte();
            case SerializationTypeCode.Byte: return blob.ReadByte();
            case SerializationTypeCode.Int16: return blob.ReadInt16();
            case SerializationTypeCode.UInt16: return blob.ReadUInt16();
            case SerializationTypeCode.Int32: return blob.ReadInt32();
            case SerializationTypeCode.UInt32: return blob.ReadUInt32();
            case SerializationTypeCode.Int64: return blob.ReadInt64();
            case SerializationTypeCode.UInt64: return blob.ReadUInt64();
            case SerializationTypeCode.Single: return blob.ReadSingle();
            case SerializationTypeCode.Double: return blob.ReadDouble();
            case SerializationTypeCode.String: return blob.ReadSerializedString();
            case SerializationTypeCode.Type:
                // typeof(...) arguments: Roslyn's reader gives them no value either.
                blob.ReadSerializedString();
                return null;
            case SerializationTypeCode.TaggedObject:
                return ReadValue(ref blob, ReadSerializedType(ref blob, depth + 1), depth + 1);
            default:
                throw new BadImageFormatException("An attribute argument has a type attributes cannot use.");
        }
    }

    /// <summary>The type of an attribute argument: a serialization type code, or an array of another type.</summary>
    private sealed class ArgumentType
    {
        private static readonly Dictionary<SerializationTypeCode, ArgumentType> Primitives = new();

        private ArgumentType(SerializationTypeCode code, ArgumentType? element)
        {
            Code = code;
            Element = element;
        }

        public static ArgumentType Void { get; } = new((SerializationTypeCode)1, null);

        public SerializationTypeCode Code { get; }

        public ArgumentType? Element { get; }

        public bool IsIntegral => Element is null && Code is SerializationTypeCode.SByte or SerializationTypeCode.Byte
            or SerializationTypeCode.Int16 or SerializationTypeCode.UInt16 or SerializationTypeCode.Int32
            or SerializationTypeCode.UInt32 or SerializationTypeCode.Int64 or SerializationTypeCode.UInt64
            or SerializationTypeCode.Boolean or SerializationTypeCode.Char;

        public static ArgumentType Of(SerializationTypeCode code)
        {
            lock (Primitives)
            {
                if (!Primitives.TryGetValue(code, out var type))
                {
                    type = new ArgumentType(code, null);
                    Primitives[code] = type;
                }

                return type;
            }
        }

        public static ArgumentType ArrayOf(ArgumentType element) => new(SerializationTypeCode.SZArray, element);
    }
}
