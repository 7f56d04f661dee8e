"""Users and roles. For now the acting user is the operating-system user (a later issue adds login)."""

from __future__ import annotations

import getpass
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from privacy_desk.domain.roles import Permission, Role
from privacy_desk.errors import QT_TRANSLATE_NOOP, InvalidInput, NotFound
from privacy_desk.services.core.actor import SYSTEM, Actor
from privacy_desk.services.core.versions import USER_WORD, check_version
from privacy_desk.services.core.writing import writing
from privacy_desk.storage.engine import Database
from privacy_desk.storage.models import User

MAX_SIGNATURE = 2000  # characters: a signature is a few lines, never a letter


def os_login() -> str:
    try:
        return getpass.getuser()
    except (OSError, KeyError):  # no login name in the environment (some services, containers)
        return "desk"


@dataclass(frozen=True)
class UserRow:
    id: int
    login: str
    display_name: str
    role: Role
    active: bool
    version: int = 1  # what `update` sends back so that a stale change is refused (services.core.versions)


def _row(user: User) -> UserRow:
    return UserRow(user.id, user.login, user.display_name, Role(user.role), user.active, user.version)


def _snapshot(user: User) -> dict[str, object]:
    return {"login": user.login, "display_name": user.display_name, "role": user.role, "active": user.active}


def _actor(user: User) -> Actor:
    return Actor(user.id, user.login, user.display_name, Role(user.role))


def _signed_in(user: User) -> Actor:
    if not user.active:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "The user {login} has been deactivated. Ask an administrator."),
            login=user.login,
        )
    return _actor(user)


class UserService:
    def __init__(self, db: Database) -> None:
        self._db = db

    def sign_in(self, login: str, display_name: str | None = None) -> Actor:
        """The actor for `login`. The first user of an empty database becomes its administrator;
        later newcomers start as desk staff, the least privilege, until an administrator promotes them.
        A known user is only read; a newcomer is made under the write lock (two desks signing in the
        same newcomer at once make one user), audited as themselves."""
        with self._db.transaction() as session:
            user = session.scalar(select(User).where(User.login == login))
            if user is not None:
                return _signed_in(user)
        with writing(self._db, SYSTEM) as work:
            session = work.session
            user = session.scalar(select(User).where(User.login == login))
            if user is None:
                first = not session.scalar(select(func.count()).select_from(User))
                user = User(
                    login=login, display_name=display_name or login, role=Role.ADMIN if first else Role.DESK
                )
                session.add(user)
                session.flush()
                work.become(_actor(user))
                work.audit("user", user.id, "create", after=_snapshot(user))
            return _signed_in(user)

    def list(self) -> list[UserRow]:
        with self._db.transaction() as session:
            return [_row(u) for u in session.scalars(select(User).order_by(User.login))]

    def add(self, actor: Actor, login: str, display_name: str, role: Role) -> UserRow:
        actor.require(Permission.MANAGE_USERS)
        login = login.strip()
        if not login:
            raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "A login name is required."))
        with writing(self._db, actor) as work:
            session = work.session
            if session.scalar(select(User).where(User.login == login)) is not None:
                raise InvalidInput(
                    QT_TRANSLATE_NOOP("Errors", "The user {login} already exists."), login=login
                )
            user = User(login=login, display_name=display_name.strip() or login, role=role)
            session.add(user)
            session.flush()
            work.audit("user", user.id, "create", after=_snapshot(user))
            return _row(user)

    def update(
        self,
        actor: Actor,
        user_id: int,
        *,
        role: Role | None = None,
        active: bool | None = None,
        version: int | None = None,
    ) -> UserRow:
        """`version`: the one the administrator's list showed; a change over a later one is refused."""
        actor.require(Permission.MANAGE_USERS)
        with writing(self._db, actor) as work:
            session = work.session
            user = self._get(session, user_id, lock=True)
            check_version(
                session,
                actor,
                user,
                version,
                what=USER_WORD,
                office_tz=work.office_tz(),
                current=lambda: _row(user),
            )
            before = _snapshot(user)
            if role is not None:
                user.role = role
            if active is not None:
                user.active = active
            self._keep_an_administrator(session)
            work.audit("user", user.id, "update", before=before, after=_snapshot(user))
            session.flush()
            return _row(user)

    # -- the signature: each user writes their own ----------------------------------------------------

    def signature(self, actor: Actor) -> str | None:
        """The signature `actor` wrote for their mail; None when they have not (the default is used)."""
        if actor.id is None:  # the system acting: it sends no mail of its own
            return None
        with self._db.transaction() as session:
            return self._get(session, actor.id).signature

    def set_signature(self, actor: Actor, text: str | None) -> str | None:
        """Store the actor's own signature (nobody edits another's); an empty text or None goes back to
        the default. The stored value is returned."""
        value = "\n".join(line.rstrip() for line in (text or "").strip("\n").splitlines()) or None
        if value is not None and len(value) > MAX_SIGNATURE:
            raise InvalidInput(
                QT_TRANSLATE_NOOP("Errors", "The signature is too long (at most {high} characters)."),
                high=MAX_SIGNATURE,
            )
        if actor.id is None:
            raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "Only a signed-in user has a signature."))
        with writing(self._db, actor) as work:
            user = self._get(work.session, actor.id, lock=True)
            if user.signature != value:
                work.audit(
                    "user",
                    user.id,
                    "signature",
                    before={"signature": user.signature},
                    after={"signature": value},
                )
                user.signature = value
            return value

    @staticmethod
    def _get(session: Session, user_id: int, *, lock: bool = False) -> User:
        user = session.get(User, user_id, with_for_update=lock or None)
        if user is None:
            raise NotFound(QT_TRANSLATE_NOOP("Errors", "No user with id {id}."), id=user_id)
        return user

    @staticmethod
    def _keep_an_administrator(session: Session) -> None:
        session.flush()
        admins = session.scalar(
            select(func.count()).select_from(User).where(User.role == Role.ADMIN, User.active.is_(True))
        )
        if not admins:
            raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "At least one active administrator must remain."))
