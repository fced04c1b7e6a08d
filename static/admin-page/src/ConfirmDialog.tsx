// A yes/no question in a modal: focus starts on the safe choice, Escape cancels.
import type { ReactNode } from 'react';
import Button from '@atlaskit/button/new';
import Modal, { ModalBody, ModalFooter, ModalHeader, ModalTitle, ModalTransition } from '@atlaskit/modal-dialog';
import { useI18n } from './useI18n';

interface Props {
  open: boolean;
  title: string;
  confirm: string;
  onConfirm: () => void;
  onCancel: () => void;
  appearance?: 'primary' | 'warning' | 'danger';
  busy?: boolean;
  width?: 'small' | 'medium' | 'large' | 'x-large';
  testId?: string;
  children: ReactNode;
}

export function ConfirmDialog(p: Props) {
  const { t } = useI18n();
  return (
    <ModalTransition>
      {p.open ? (
        <Modal onClose={p.onCancel} width={p.width ?? 'medium'} testId={p.testId}>
          <ModalHeader>
            <ModalTitle appearance={p.appearance === 'primary' ? undefined : p.appearance}>{p.title}</ModalTitle>
          </ModalHeader>
          <ModalBody>{p.children}</ModalBody>
          <ModalFooter>
            <Button appearance="subtle" onClick={p.onCancel}>
              {t('cancel')}
            </Button>
            <Button appearance={p.appearance ?? 'primary'} onClick={p.onConfirm} isDisabled={p.busy}>
              {p.confirm}
            </Button>
          </ModalFooter>
        </Modal>
      ) : null}
    </ModalTransition>
  );
}
