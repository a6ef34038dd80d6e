package pdf

// The standard security handler (ISO 32000-2, 7.6.4), for files that open
// without a password: many PDFs are "encrypted" only to set permissions,
// with an empty user password. Revisions 2 to 4 (RC4 40 to 128 bits and
// AES-128) and 5 to 6 (AES-256) are supported. A file whose empty password
// fails — for both the user and, as a courtesy, the owner — needs a
// password we do not have, and Read says so.
//
// Decryption happens as objects are loaded (file.go), so the rest of
// the reader sees plain strings and streams.

import (
	"bytes"
	"crypto/aes"
	"crypto/cipher"
	"crypto/md5"
	"crypto/rc4"
	"crypto/sha256"
	"crypto/sha512"
	"encoding/binary"
	"fmt"

	"minutes/document"
)

// errUserPassword is returned for files that need a password to open.
var errUserPassword = fmt.Errorf("%w: encrypted with a user password", document.ErrEncrypted)

// passwordPad is the 32-byte padding of revisions 2 to 4.
var passwordPad = []byte{
	0x28, 0xBF, 0x4E, 0x5E, 0x4E, 0x75, 0x8A, 0x41, 0x64, 0x00, 0x4E, 0x56, 0xFF, 0xFA, 0x01, 0x08,
	0x2E, 0x2E, 0x00, 0xB6, 0xD0, 0x68, 0x3E, 0x80, 0x2F, 0x0C, 0xA9, 0xFE, 0x64, 0x53, 0x69, 0x7A,
}

// A cryptMethod is how strings or streams are encrypted.
type cryptMethod uint8

const (
	cryptNone  cryptMethod = iota // the Identity filter
	cryptRC4                      // V2
	cryptAESV2                    // AES-128 with per-object keys
	cryptAESV3                    // AES-256 with the file key
)

// A pdfCrypt holds the file key and the methods for strings and streams.
type pdfCrypt struct {
	key       []byte
	strMethod cryptMethod
	stmMethod cryptMethod
	skip      pdfRef // the /Encrypt dictionary itself is never encrypted
}

// encryptDict holds the parts of the /Encrypt dictionary the handler uses.
type encryptDict struct {
	v, r, length int
	o, u, oe, ue []byte
	p            uint32
	id0          []byte
	encMeta      bool
}

// setupCrypt prepares decryption when the trailer names /Encrypt. Objects
// loaded before (the catalog, looked at to check the xref) are dropped
// from the cache so they are read again, decrypted.
func (f *pdfFile) setupCrypt() error {
	encObj, ok := f.trailer["Encrypt"]
	if !ok {
		return nil
	}
	enc := f.dictOf(encObj)
	if enc == nil {
		return fmt.Errorf("%w: the /Encrypt dictionary is missing", document.ErrEncrypted)
	}
	if f.nameOf(enc["Filter"]) != "Standard" {
		return fmt.Errorf("%w: unsupported security handler %q", document.ErrEncrypted, f.nameOf(enc["Filter"]))
	}
	ed := f.readEncryptDict(enc)
	c, err := newCrypt(ed, enc, f)
	if err != nil {
		return err
	}
	c.skip, _ = encObj.(pdfRef)
	f.crypt = c
	f.cache = map[int]any{}
	f.objStms = map[int]*objStream{}
	return nil
}

// readEncryptDict gathers the values of the /Encrypt dictionary.
func (f *pdfFile) readEncryptDict(enc pdfDict) encryptDict {
	str := func(k pdfName) []byte { s, _ := f.resolve(enc[k]).(pdfString); return []byte(s) }
	ed := encryptDict{
		v: f.intOf(enc["V"]), r: f.intOf(enc["R"]), length: f.intOf(enc["Length"]),
		o: str("O"), u: str("U"), oe: str("OE"), ue: str("UE"),
		p:       uint32(int32(f.intOf(enc["P"]))),
		encMeta: enc["EncryptMetadata"] != false,
	}
	if ids := f.arrayOf(f.trailer["ID"]); len(ids) > 0 {
		s, _ := f.resolve(ids[0]).(pdfString)
		ed.id0 = []byte(s)
	}
	return ed
}

// newCrypt finds the file key with the empty password and the methods.
func newCrypt(ed encryptDict, enc pdfDict, f *pdfFile) (*pdfCrypt, error) {
	c := &pdfCrypt{strMethod: cryptRC4, stmMethod: cryptRC4}
	if ed.v >= 4 {
		c.strMethod = cryptFilterMethod(f, enc, f.nameOf(enc["StrF"]))
		c.stmMethod = cryptFilterMethod(f, enc, f.nameOf(enc["StmF"]))
	}
	var ok bool
	switch {
	case ed.r >= 5:
		c.key, ok = aes256Key(ed, "")
	case ed.r >= 2:
		c.key, ok = rc4Key(ed)
	default:
		return nil, fmt.Errorf("%w: unsupported revision %d", document.ErrEncrypted, ed.r)
	}
	if !ok {
		return nil, errUserPassword
	}
	return c, nil
}

// cryptFilterMethod reads the method of the named crypt filter in /CF.
func cryptFilterMethod(f *pdfFile, enc pdfDict, name pdfName) cryptMethod {
	if name == "" || name == "Identity" {
		return cryptNone
	}
	cf := f.dictOf(f.dictOf(enc["CF"])[name])
	switch f.nameOf(cf["CFM"]) {
	case "AESV2":
		return cryptAESV2
	case "AESV3":
		return cryptAESV3
	case "None":
		return cryptNone
	}
	return cryptRC4
}

// keyLength is the file key's length in bytes for revisions 2 to 4.
func (ed encryptDict) keyLength() int {
	if ed.r == 2 {
		return 5
	}
	n := ed.length / 8
	if n < 5 || n > 16 {
		n = 16
		if ed.v == 1 {
			n = 5
		}
	}
	return n
}

// rc4Key computes the key of revisions 2 to 4 from the empty user
// password (algorithm 2) and checks it against /U. If that fails it tries
// the empty owner password: /O then yields the user password.
func rc4Key(ed encryptDict) ([]byte, bool) {
	if key, ok := userKey(ed, nil); ok {
		return key, true
	}
	userPW := ownerToUserPassword(ed, nil)
	return userKey(ed, userPW)
}

// userKey derives the file key from a user password and checks it.
func userKey(ed encryptDict, password []byte) ([]byte, bool) {
	n := ed.keyLength()
	h := md5.New()
	h.Write(padPassword(password))
	h.Write(ed.o)
	var p [4]byte
	binary.LittleEndian.PutUint32(p[:], ed.p)
	h.Write(p[:])
	h.Write(ed.id0)
	if ed.r >= 4 && !ed.encMeta {
		h.Write([]byte{0xff, 0xff, 0xff, 0xff})
	}
	key := h.Sum(nil)
	if ed.r >= 3 {
		for i := 0; i < 50; i++ {
			sum := md5.Sum(key[:n])
			key = sum[:]
		}
	}
	key = key[:n]
	return key, checkUserKey(ed, key)
}

// checkUserKey compares the /U value computed from key (algorithms 4, 5)
// with the file's.
func checkUserKey(ed encryptDict, key []byte) bool {
	if ed.r == 2 {
		return bytes.Equal(rc4Crypt(key, passwordPad), ed.u)
	}
	h := md5.New()
	h.Write(passwordPad)
	h.Write(ed.id0)
	u := h.Sum(nil)
	for i := 0; i < 20; i++ {
		u = rc4Crypt(xorKey(key, byte(i)), u)
	}
	return len(ed.u) >= 16 && bytes.Equal(u[:16], ed.u[:16])
}

// ownerToUserPassword decrypts /O with the owner password (algorithm 7).
func ownerToUserPassword(ed encryptDict, owner []byte) []byte {
	sum := md5.Sum(padPassword(owner))
	key := sum[:]
	if ed.r >= 3 {
		for i := 0; i < 50; i++ {
			s := md5.Sum(key)
			key = s[:]
		}
	}
	key = key[:ed.keyLength()]
	pw := bytes.Clone(ed.o)
	if ed.r == 2 {
		return rc4Crypt(key, pw)
	}
	for i := 19; i >= 0; i-- {
		pw = rc4Crypt(xorKey(key, byte(i)), pw)
	}
	return pw
}

// padPassword pads or cuts a password to 32 bytes.
func padPassword(pw []byte) []byte {
	out := make([]byte, 0, 32)
	out = append(out, pw[:min(len(pw), 32)]...)
	return append(out, passwordPad[:32-len(out)]...)
}

func xorKey(key []byte, x byte) []byte {
	out := make([]byte, len(key))
	for i, b := range key {
		out[i] = b ^ x
	}
	return out
}

func rc4Crypt(key, data []byte) []byte {
	c, err := rc4.NewCipher(key)
	if err != nil {
		return nil
	}
	out := make([]byte, len(data))
	c.XORKeyStream(out, data)
	return out
}

// aes256Key finds the file key of revisions 5 and 6 (algorithms 2.A and
// 2.B) for a password, trying it as the user and then the owner password.
func aes256Key(ed encryptDict, password string) ([]byte, bool) {
	pw := []byte(password)
	if len(ed.u) < 48 || len(ed.o) < 48 {
		return nil, false
	}
	if hash := hashR6(ed.r, pw, ed.u[32:40], nil); bytes.Equal(hash, ed.u[:32]) {
		return decryptFileKey(hashR6(ed.r, pw, ed.u[40:48], nil), ed.ue)
	}
	if hash := hashR6(ed.r, pw, ed.o[32:40], ed.u[:48]); bytes.Equal(hash, ed.o[:32]) {
		return decryptFileKey(hashR6(ed.r, pw, ed.o[40:48], ed.u[:48]), ed.oe)
	}
	return nil, false
}

// decryptFileKey decrypts /UE or /OE: AES-256 in CBC mode, zero IV.
func decryptFileKey(key, wrapped []byte) ([]byte, bool) {
	if len(wrapped) < 32 {
		return nil, false
	}
	block, err := aes.NewCipher(key)
	if err != nil {
		return nil, false
	}
	out := make([]byte, 32)
	cipher.NewCBCDecrypter(block, make([]byte, 16)).CryptBlocks(out, wrapped[:32])
	return out, true
}

// hashR6 is the password hash of revision 5 (one SHA-256) and revision 6
// (algorithm 2.B: rounds of AES-128-CBC and SHA-2 until the last byte
// says stop).
func hashR6(rev int, pw, salt, udata []byte) []byte {
	if len(pw) > 127 {
		pw = pw[:127]
	}
	h := sha256.New()
	h.Write(pw)
	h.Write(salt)
	h.Write(udata)
	k := h.Sum(nil)
	if rev < 6 {
		return k
	}
	for round := 0; ; round++ {
		unit := append(append(append([]byte{}, pw...), k...), udata...)
		k1 := bytes.Repeat(unit, 64)
		block, _ := aes.NewCipher(k[:16])
		e := make([]byte, len(k1))
		cipher.NewCBCEncrypter(block, k[16:32]).CryptBlocks(e, k1)
		sum := 0
		for _, b := range e[:16] {
			sum += int(b)
		}
		switch sum % 3 {
		case 0:
			s := sha256.Sum256(e)
			k = s[:]
		case 1:
			s := sha512.Sum384(e)
			k = s[:]
		default:
			s := sha512.Sum512(e)
			k = s[:]
		}
		if round >= 63 && int(e[len(e)-1]) <= round-32 {
			return k[:32]
		}
	}
}

// decryptObject decrypts the strings (and the stream) of object obj,
// which was read as object ref.
func (c *pdfCrypt) decryptObject(obj any, ref pdfRef) any {
	if ref == c.skip && ref != (pdfRef{}) {
		return obj
	}
	switch v := obj.(type) {
	case pdfString:
		return pdfString(c.decrypt(c.strMethod, []byte(v), ref))
	case pdfArray:
		for i, x := range v {
			v[i] = c.decryptObject(x, ref)
		}
	case pdfDict:
		if v["Type"] == pdfName("XRef") {
			return v
		}
		for k, x := range v {
			v[k] = c.decryptObject(x, ref)
		}
	case *pdfStream:
		c.decryptObject(v.dict, ref)
		if v.dict["Type"] == pdfName("XRef") {
			return v
		}
		v.raw = c.decrypt(c.stmMethod, v.raw, ref)
	}
	return obj
}

// decrypt decrypts data of object ref with a method.
func (c *pdfCrypt) decrypt(m cryptMethod, data []byte, ref pdfRef) []byte {
	switch m {
	case cryptRC4:
		return rc4Crypt(c.objectKey(ref, false), data)
	case cryptAESV2:
		return aesDecrypt(c.objectKey(ref, true), data)
	case cryptAESV3:
		return aesDecrypt(c.key, data)
	}
	return data
}

// objectKey derives the key of one object (algorithm 1).
func (c *pdfCrypt) objectKey(ref pdfRef, aes bool) []byte {
	h := md5.New()
	h.Write(c.key)
	h.Write([]byte{byte(ref.num), byte(ref.num >> 8), byte(ref.num >> 16), byte(ref.gen), byte(ref.gen >> 8)})
	if aes {
		h.Write([]byte("sAlT"))
	}
	return h.Sum(nil)[:min(len(c.key)+5, 16)]
}

// aesDecrypt decrypts AES-CBC data whose first 16 bytes are the IV and
// removes the PKCS#5 padding. Damaged data gives what can be decrypted.
func aesDecrypt(key, data []byte) []byte {
	if len(data) < 32 {
		if len(data) == 16 {
			return nil // an IV and no data: the empty string
		}
		return data // too short to be AES data: left as it is
	}
	block, err := aes.NewCipher(key)
	if err != nil {
		return data
	}
	iv, body := data[:16], data[16:]
	body = body[:len(body)/16*16]
	out := make([]byte, len(body))
	cipher.NewCBCDecrypter(block, iv).CryptBlocks(out, body)
	if n := int(out[len(out)-1]); n >= 1 && n <= 16 && n <= len(out) {
		out = out[:len(out)-n]
	}
	return out
}
