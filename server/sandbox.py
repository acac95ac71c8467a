"""Take away a process's way out to the network, so no query text can make it connect anywhere.

The query engine would open an HTTP connection for ``SERVICE`` in a query and ``LOAD`` in an
update. The server refuses those it sees, but seeing is reading text, and text can be crafted;
this makes the refusal a property of the process instead. :func:`deny_network` installs a
seccomp filter under which creating an Internet socket (``AF_INET``, ``AF_INET6``) fails with
``EACCES``, as does setting up io_uring (which can create sockets without the system call).
Unix-domain sockets, pipes and files work as before, and sockets opened earlier (the server's
listening socket, the workers' channels) keep working. A seccomp filter needs no privilege,
cannot be removed, and is inherited by every child, so the query workers forked after it are
bound too.

Linux on x86-64 and AArch64 only; elsewhere :func:`deny_network` returns False and the server
relies on the text check alone.
"""

from __future__ import annotations

import ctypes
import logging
import platform
import struct
import sys

log = logging.getLogger(__name__)

_PR_SET_NO_NEW_PRIVS = 38
_PR_SET_SECCOMP = 22
_SECCOMP_MODE_FILTER = 2
_RET_ALLOW = 0x7FFF0000
_RET_EACCES = 0x00050000 | 13
_LD_W_ABS = 0x20  # BPF_LD | BPF_W | BPF_ABS
_JEQ_K = 0x15  # BPF_JMP | BPF_JEQ | BPF_K
_JGE_K = 0x35  # BPF_JMP | BPF_JGE | BPF_K
_RET_K = 0x06  # BPF_RET | BPF_K
_AF_INET, _AF_INET6 = 2, 10
_X32_SYSCALL_BIT = 0x40000000

# machine -> (AUDIT_ARCH_*, __NR_socket, __NR_io_uring_setup)
_ARCHES = {
    "x86_64": (0xC000003E, 41, 425),
    "aarch64": (0xC00000B7, 198, 425),
}


class _SockFprog(ctypes.Structure):
    _fields_ = [("len", ctypes.c_ushort), ("filter", ctypes.c_void_p)]


def _program(arch: int, nr_socket: int, nr_io_uring: int) -> bytes:
    """The filter: other ABIs, io_uring and Internet sockets get EACCES; all else is allowed."""

    def op(code, jt, jf, k):
        return struct.pack("HBBI", code, jt, jf, k)

    return b"".join(
        [
            op(_LD_W_ABS, 0, 0, 4),  # seccomp_data.arch
            op(_JEQ_K, 1, 0, arch),
            op(_RET_K, 0, 0, _RET_EACCES),  # a foreign ABI (e.g. 32-bit calls): refused
            op(_LD_W_ABS, 0, 0, 0),  # seccomp_data.nr
            op(_JGE_K, 0, 1, _X32_SYSCALL_BIT),
            op(_RET_K, 0, 0, _RET_EACCES),  # the x32 ABI's numbering: refused
            op(_JEQ_K, 0, 1, nr_io_uring),
            op(_RET_K, 0, 0, _RET_EACCES),
            op(_JEQ_K, 1, 0, nr_socket),
            op(_RET_K, 0, 0, _RET_ALLOW),
            op(_LD_W_ABS, 0, 0, 16),  # seccomp_data.args[0], low word: the address family
            op(_JEQ_K, 2, 0, _AF_INET),
            op(_JEQ_K, 1, 0, _AF_INET6),
            op(_RET_K, 0, 0, _RET_ALLOW),
            op(_RET_K, 0, 0, _RET_EACCES),
        ]
    )


def deny_network() -> bool:
    """Forbid this process and its future children to open Internet sockets; True if done.

    Irreversible: call it only in a process that will never need to connect out (a query
    worker, or the server when it answers from its own store and allows no ``SERVICE``).
    """
    arches = _ARCHES.get(platform.machine())
    if not sys.platform.startswith("linux") or arches is None:
        return False
    code = _program(*arches)
    buffer = ctypes.create_string_buffer(code, len(code))
    prog = _SockFprog(len(code) // 8, ctypes.cast(buffer, ctypes.c_void_p))
    libc = ctypes.CDLL(None, use_errno=True)
    libc.prctl.argtypes = [ctypes.c_int] + [ctypes.c_ulong] * 4
    if libc.prctl(_PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) != 0:
        log.warning("could not set no_new_privs (errno %d)", ctypes.get_errno())
        return False
    if libc.prctl(_PR_SET_SECCOMP, _SECCOMP_MODE_FILTER, ctypes.addressof(prog), 0, 0) != 0:
        log.warning("could not install the network filter (errno %d)", ctypes.get_errno())
        return False
    return True
