#!/usr/bin/env python3
"""Does a jar built against one Keycloak link against another Keycloak distribution?

Reads the constant pool of every class in our jar (the Class, Fieldref, Methodref and
InterfaceMethodref entries `javap -v` lists, plus class names in descriptors and annotations) and
resolves each reference against the jars of an unpacked keycloak-quarkus-dist (lib/**.jar) the
way the JVM does: a class must exist, a method or field must be declared by the class or one of
its supertypes, and a concrete class of ours must implement every abstract method its Keycloak
supertypes declare in that distribution (else AbstractMethodError when Keycloak calls it).
JDK classes (java.*, javax.*, jdk.*, sun.*) are not checked.

  linkage_check.py OUR.jar DIST_DIR            problems only; exit 1 when there is one
  linkage_check.py --uses OUR.jar DIST_DIR     also every Keycloak class/member used, by jar
  --jdk DIR   classes of the JDK (`jimage extract --dir DIR`), so members inherited from JDK
              types (Enum.name, Throwable.getMessage) resolve; JDK classes themselves are trusted
"""
import os
import struct
import sys
import zipfile
from collections import defaultdict

JDK = ("java/", "javax/", "jdk/", "sun/", "com/sun/")


class ClassInfo:
    __slots__ = ("name", "access", "super", "interfaces", "methods", "fields", "refs", "jar")


def parse(data, jar):
    """Minimal class-file reader (JVMS 4): header, constant pool, fields, methods."""
    pos = 10
    (count,) = struct.unpack_from(">H", data, 8)
    cp = [None] * count
    i = 1
    while i < count:
        tag = data[pos]
        if tag == 1:
            (n,) = struct.unpack_from(">H", data, pos + 1)
            cp[i] = (1, data[pos + 3 : pos + 3 + n].decode("utf-8", "replace"))
            pos += 3 + n
        elif tag in (3, 4):
            pos += 5
        elif tag in (5, 6):
            pos += 9
            i += 1
        elif tag in (7, 8, 16, 19, 20):
            cp[i] = (tag, struct.unpack_from(">H", data, pos + 1)[0])
            pos += 3
        elif tag in (9, 10, 11, 12, 17, 18):
            cp[i] = (tag,) + struct.unpack_from(">HH", data, pos + 1)
            pos += 5
        elif tag == 15:
            pos += 4
        else:
            raise ValueError("bad constant pool tag %d" % tag)
        i += 1

    def utf(k):
        return cp[k][1]

    def cls(k):
        return utf(cp[k][1]) if k else None

    c = ClassInfo()
    c.jar = jar
    c.access, this, sup, nif = struct.unpack_from(">HHHH", data, pos)
    pos += 8
    c.name, c.super = cls(this), cls(sup)
    c.interfaces = [cls(struct.unpack_from(">H", data, pos + 2 * j)[0]) for j in range(nif)]
    pos += 2 * nif

    def members():
        nonlocal pos
        (n,) = struct.unpack_from(">H", data, pos)
        pos += 2
        out = {}
        for _ in range(n):
            acc, nm, ds, na = struct.unpack_from(">HHHH", data, pos)
            pos += 8
            for _ in range(na):
                (ln,) = struct.unpack_from(">I", data, pos + 2)
                pos += 6 + ln
            out[(utf(nm), utf(ds))] = acc
        return out

    c.fields = members()
    c.methods = members()
    refs = []
    for e in cp:
        if e and e[0] == 7:
            refs.append(("class", utf(e[1]), None, None))
        elif e and e[0] in (9, 10, 11):
            nt = cp[e[2]]
            kind = "field" if e[0] == 9 else "method"
            refs.append((kind, cls(e[1]), utf(nt[1]), utf(nt[2])))
        elif e and e[0] == 1:
            refs.extend(("type", n, None, None) for n in descriptor_classes(e[1]))
    c.refs = refs
    return c


def descriptor_classes(s):
    """Class names inside a descriptor or signature string (L...; and L...<...>;)."""
    out, i = [], 0
    while True:
        i = s.find("L", i)
        if i < 0:
            return out
        j = i + 1
        while j < len(s) and (s[j].isalnum() or s[j] in "/$_"):
            j += 1
        if j < len(s) and s[j] in ";<" and "/" in s[i + 1 : j] and (i == 0 or s[i - 1] in "([;)<>L*+-^:" or s[i - 1] == "["):
            out.append(s[i + 1 : j])
        i = j


class Universe(dict):
    """Class name -> ClassInfo, parsed on first use from the jars (and JDK class dirs) indexed."""

    def __init__(self):
        super().__init__()
        self.index = {}

    def add_jar(self, path):
        z = zipfile.ZipFile(path)
        for n in z.namelist():
            if n.endswith(".class") and not n.startswith("META-INF/") and n != "module-info.class":
                self.index.setdefault(n[:-6], (z, n, os.path.basename(path)))

    def add_dir(self, root, label):
        for d, _, files in os.walk(root):
            for f in files:
                if f.endswith(".class") and f != "module-info.class":
                    full = os.path.join(d, f)
                    name = os.path.relpath(full, root)[:-6].split(os.sep, 1)[1]  # drop module dir
                    self.index.setdefault(name.replace(os.sep, "/"), (None, full, label))

    def get(self, name, default=None):
        if dict.__contains__(self, name):
            return self[name]
        hit = self.index.get(name)
        if hit is None:
            return default
        z, entry, label = hit
        try:
            data = z.read(entry) if z else open(entry, "rb").read()
            c = parse(data, label)
        except Exception:  # a broken or exotic class file in a third-party jar
            return default
        self[name] = c
        return c

    def __contains__(self, name):
        return dict.__contains__(self, name) or name in self.index


def base_name(n):
    n = n.lstrip("[")
    if n.startswith("L") and n.endswith(";"):
        n = n[1:-1]
    return n if "/" in n else None  # primitive arrays have no class


def supertypes(universe, name, seen=None):
    """name and every superclass/superinterface present in the universe, nearest first."""
    seen = [] if seen is None else seen
    c = universe.get(name)
    if c is None or name in seen:
        return seen
    seen.append(name)
    if c.super:
        supertypes(universe, c.super, seen)
    for i in c.interfaces:
        supertypes(universe, i, seen)
    return seen


# Keycloak entities and fields our JPQL names by string (admin/SsprEventCounts, MethodConditions,
# RegistrationCoverage; expiry/PasswordAgeQuery): no constant-pool entry points at them, so a renamed
# field would only fail when the query runs. Keep in step with those classes.
JPQL_FIELDS = {
    "org/keycloak/events/jpa/EventEntity": [
        "id", "realmId", "userId", "type", "time", "error", "detailsJson", "detailsJsonLongValue"],
    "org/keycloak/models/jpa/entities/UserEntity": [
        "id", "realmId", "username", "email", "emailVerified", "enabled", "serviceAccountClientLink"],
    "org/keycloak/models/jpa/entities/UserAttributeEntity": ["id", "user", "name", "value"],
    "org/keycloak/models/jpa/entities/CredentialEntity": ["id", "user", "type", "createdDate"],
    "org/keycloak/models/jpa/entities/UserGroupMembershipEntity": ["user", "groupId"],
}

ABSTRACT, STATIC, PRIVATE, INTERFACE = 0x0400, 0x0008, 0x0002, 0x0200


def main(argv):
    uses = "--uses" in argv
    argv = [a for a in argv if a != "--uses"]
    jdk = None
    if "--jdk" in argv:
        k = argv.index("--jdk")
        jdk = argv[k + 1]
        del argv[k : k + 2]
    ours_path, dist = argv
    mine = Universe()
    mine.add_jar(ours_path)
    ours = {n: mine.get(n) for n in list(mine.index)}
    universe = Universe()
    # lib/lib/main (the jars as Keycloak publishes them) before lib/quarkus, whose
    # transformed-bytecode.jar holds Hibernate-enhanced copies of the entities with the same members.
    jars = []
    for root, _, files in os.walk(dist):
        jars += [os.path.join(root, f) for f in files if f.endswith(".jar")]
    for j in sorted(jars, key=lambda j: ("/lib/main/" not in j, j)):
        universe.add_jar(j)
    if jdk:
        universe.add_dir(jdk, "jdk")
    universe.update(ours)

    problems = set()
    used = defaultdict(set)  # jar -> "Class.member"
    for c in ours.values():
        for kind, owner, name, desc in c.refs:
            if owner and owner.startswith("[") and kind == "method":
                continue  # clone() of an array
            owner = base_name(owner) if owner else None
            if not owner or owner.startswith(JDK) or owner in ours:
                if owner in ours and kind in ("method", "field"):
                    pass  # inherited Keycloak members called through our own class: resolved below
                else:
                    continue
            if owner not in universe:
                problems.add("missing class %s (used by %s)" % (owner, c.name))
                continue
            if kind in ("class", "type"):
                if owner not in ours:
                    used[universe.get(owner).jar].add(owner)
                continue
            table = "methods" if kind == "method" else "fields"
            found = None
            for s in supertypes(universe, owner):
                if (name, desc) in getattr(universe.get(s), table):
                    found = s
                    break
            if found is None:
                chain = supertypes(universe, owner)
                unresolved = [s for s in chain if s not in universe]
                problems.add(
                    "missing %s %s.%s%s (used by %s)%s"
                    % (kind, owner, name, desc if kind == "method" else ":" + desc, c.name,
                       " [supertypes not found: %s]" % unresolved if unresolved else "")
                )
            elif found not in ours and not found.startswith(JDK):
                used[universe.get(found).jar].add("%s.%s%s" % (found, name, desc if kind == "method" else ""))

        # Every abstract method of our supertypes (as this distribution declares them) implemented?
        if c.access & (ABSTRACT | INTERFACE):
            continue
        chain = supertypes(universe, c.name)
        missing_super = [s for s in [c.super] + c.interfaces if s and not s.startswith(JDK) and s not in universe]
        for s in missing_super:
            problems.add("missing supertype %s of %s" % (s, c.name))
        concrete = set()
        for s in chain:  # classes first (nearest wins), then interface defaults
            info = universe.get(s)
            for m, acc in info.methods.items():
                if not acc & (ABSTRACT | STATIC | PRIVATE):
                    concrete.add(m)
        for s in chain:
            for m, acc in universe.get(s).methods.items():
                if acc & ABSTRACT and m not in concrete and m[0] != "<clinit>":
                    problems.add(
                        "unimplemented abstract %s.%s%s in %s (AbstractMethodError when called)"
                        % (s, m[0], m[1], c.name)
                    )

    for entity, names in JPQL_FIELDS.items():
        info = universe.get(entity)
        if info is None:
            problems.add("missing JPA entity %s (named in our JPQL)" % entity)
            continue
        declared = {f for f, _ in info.fields}
        for n in names:
            if n not in declared:
                problems.add("missing JPA field %s.%s (named in our JPQL)" % (entity, n))
            else:
                used[info.jar].add("%s.%s (JPQL)" % (entity, n))

    for p in sorted(problems):
        print("PROBLEM " + p)
    if uses:
        for jar in sorted(used):
            for u in sorted(used[jar]):
                print("USES %s %s" % (jar, u))
    print("%d problem(s); %d classes of ours checked" % (len(problems), len(ours)))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
