package org.dictum.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.dictum.domain.account.Role;
import org.dictum.domain.account.UserAccount;
import org.dictum.domain.account.UserAccountRepository;

@ApplicationScoped
public class JpaUserAccountRepository implements UserAccountRepository {

    @PersistenceContext(unitName = DictumPersistenceUnit.NAME)
    EntityManager em;

    @Override
    public Optional<UserAccount> findByName(String name) {
        return FirstRow.of(em.createQuery("select u from UserAccount u where u.name = :name", UserAccount.class)
                .setParameter("name", name));
    }

    @Override
    public Optional<UserAccount> findByNameIgnoringCase(String name) {
        return FirstRow.of(em.createQuery("select u from UserAccount u where lower(u.name) = lower(:name) order by u.id",
                UserAccount.class).setParameter("name", name));
    }

    @Override
    public List<UserAccount> list(int offset, int limit) {
        return em.createQuery("select u from UserAccount u order by u.name", UserAccount.class)
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public long countActiveAdmins() {
        return em.createQuery("select count(u) from UserAccount u where u.role = :role and u.enabled = true", Long.class)
                .setParameter("role", Role.ADMIN)
                .getSingleResult();
    }

    @Override
    public long count() {
        return em.createQuery("select count(u) from UserAccount u", Long.class).getSingleResult();
    }

    @Override
    public UserAccount save(UserAccount account) {
        if (account.getId() != null) {
            return em.merge(account);
        }
        em.persist(account);
        em.flush();
        return account;
    }
}
